using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Compositing;

public sealed partial class BlurCompositor
{
    /// <summary>The cell grid of one frame format and coarse size and everything derived from it, allocated once.</summary>
    private sealed class Buffers
    {
        private readonly int _coarseWide;
        private readonly int _coarseHigh;
        private readonly int _cellsWide;
        private readonly int _cellsHigh;
        private readonly float[] _dilated;
        private readonly float[] _scratch;
        private readonly float[] _paddedRow;
        private readonly float[] _cells;
        private readonly float[] _pass;
        private readonly float[] _columnSums;
        private readonly float[] _y, _u, _v;
        private readonly Upsampled _luma;
        private readonly Upsampled _chromaU;
        private readonly Upsampled _chromaV;

        public Buffers(FrameFormat format, int coarseWide, int coarseHigh)
        {
            Format = format;
            _coarseWide = coarseWide;
            _coarseHigh = coarseHigh;
            _cellsWide = CoarseCells.CellCount(coarseWide);
            _cellsHigh = CoarseCells.CellCount(coarseHigh);
            int cells = _cellsWide * _cellsHigh;
            _dilated = new float[coarseWide * coarseHigh];
            _scratch = new float[coarseWide * coarseHigh];
            _paddedRow = new float[coarseWide + 2 * DilationRadius];
            _cells = new float[CoarseCells.Channels * cells];
            _pass = new float[CoarseCells.Channels * cells];
            _columnSums = new float[CoarseCells.Channels * _cellsWide];
            _y = new float[cells];
            _u = new float[cells];
            _v = new float[cells];
            // The frame spans coarseWide / 2 cells (the last one half covered when coarseWide is odd).
            _luma = new Upsampled(_y, _cellsWide, _cellsHigh, format.Width, format.Height, coarseWide / 2.0, coarseHigh / 2.0);
            _chromaU = new Upsampled(_u, _cellsWide, _cellsHigh, format.ChromaWidth, format.ChromaHeight, coarseWide / 2.0, coarseHigh / 2.0);
            _chromaV = new Upsampled(_v, _cellsWide, _cellsHigh, format.ChromaWidth, format.ChromaHeight, coarseWide / 2.0, coarseHigh / 2.0);
        }

        public FrameFormat Format { get; }

        public bool Matches(FrameFormat format, CoarseFrame coarse) =>
            format.Width == Format.Width && format.Height == Format.Height && coarse.Width == _coarseWide && coarse.Height == _coarseHigh;

        public void Pool(CoarseFrame coarse)
        {
            WindowFilter.Apply<MaxOperator>(coarse.Alpha, _dilated, _scratch, _paddedRow, _coarseWide, _coarseHigh, DilationRadius, 1f);
            CoarseCells.Pool(coarse.Y, coarse.U, coarse.V, _dilated, _coarseWide, _coarseHigh, _cells);
        }

        /// <summary>Box passes of <paramref name="radius"/> pixels, in cells along each axis (cells need not be square).</summary>
        public void Blur(int radius)
        {
            int radiusWide = CellRadius(radius, Format.Width, _coarseWide);
            int radiusHigh = CellRadius(radius, Format.Height, _coarseHigh);
            for (int pass = 0; pass < BoxPasses; pass++)
            {
                CellBlur.Horizontal(_cells, _pass, _cellsWide, _cellsHigh, radiusWide);
                CellBlur.Vertical(_pass, _cells, _columnSums, _cellsWide, _cellsHigh, radiusHigh);
            }
            CellNormalization.Normalize(_cells, _y, _u, _v);
            _luma.Restart();
            _chromaU.Restart();
            _chromaV.Restart();
        }

        public void Composite(VideoFrame frame, AlphaMask mask)
        {
            for (int y = mask.FirstRow; y < mask.FirstRow + mask.RowCount; y++)
                _luma.BlendRow(frame.Y.Slice(y * frame.LumaStride, frame.Width), mask.LumaRow(y), y);
            for (int cy = mask.FirstChromaRow; cy < mask.FirstChromaRow + mask.ChromaRowCount; cy++)
            {
                _chromaU.BlendRow(frame.U.Slice(cy * frame.ChromaStride, frame.Format.ChromaWidth), mask.ChromaRow(cy), cy);
                _chromaV.BlendRow(frame.V.Slice(cy * frame.ChromaStride, frame.Format.ChromaWidth), mask.ChromaRow(cy), cy);
            }
        }

        private static int CellRadius(int pixels, int frameSize, int coarseSize) =>
            Math.Max(1, (int)Math.Round(pixels * coarseSize / (2.0 * frameSize), MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// Bilinear upsampling of one cell plane to one frame plane, a row at a time: cell rows are upsampled along
    /// the row once each, into a window of two fixed-point rows (cell row r in slot r % 2) that stays in cache
    /// while the frame rows between them are blended.
    /// </summary>
    private sealed class Upsampled
    {
        private readonly float[] _cells;
        private readonly int _cellsWide;
        private readonly int _width;
        private readonly ResamplingTaps _horizontal;
        private readonly ResamplingTaps _vertical;
        private readonly short[] _bottomWeights;
        private readonly short[] _wide;
        private int _topRow, _bottomRow;

        public Upsampled(float[] cells, int cellsWide, int cellsHigh, int width, int height, double cellSpanWide, double cellSpanHigh)
        {
            _cells = cells;
            _cellsWide = cellsWide;
            _width = width;
            _horizontal = ResamplingTaps.Bilinear(cellsWide, 0, cellSpanWide, width);
            _vertical = ResamplingTaps.Bilinear(cellsHigh, 0, cellSpanHigh, height);
            _bottomWeights = new short[height];
            if (_vertical.TapCount > 1)
            {
                for (int y = 0; y < height; y++)
                    _bottomWeights[y] = Simd.ToQ15(_vertical.Weights[height + y]);
            }
            _wide = new short[2 * width];
            Restart();
        }

        /// <summary>Forgets the upsampled rows: the cells have changed.</summary>
        public void Restart() => (_topRow, _bottomRow) = (-1, -1);

        /// <summary>Blends frame row <paramref name="y"/> (<paramref name="row"/>) over the upsampled cells.</summary>
        public void BlendRow(Span<byte> row, ReadOnlySpan<byte> alpha, int y)
        {
            int top = _vertical.First[y];
            int bottom = _vertical.TapCount == 1 ? top : top + 1;
            if (_topRow != top && _bottomRow != top)
                Upsample(top);
            if (_bottomRow != bottom && _topRow != bottom)
                Upsample(bottom);
            (_topRow, _bottomRow) = (top, bottom);
            BackgroundBlend.Row(_wide.AsSpan((top & 1) * _width, _width), _wide.AsSpan((bottom & 1) * _width, _width),
                _bottomWeights[y], row, alpha);
        }

        private void Upsample(int row)
        {
            RowResampler.ResampleToFixedPoint(_cells.AsSpan(row * _cellsWide, _cellsWide), _horizontal, _wide.AsSpan((row & 1) * _width, _width),
                0, _width, 1 << BackgroundBlend.FractionBits, 0, BackgroundBlend.MaxValue);
        }
    }
}
