using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Compositing;

public sealed partial class BlurCompositor
{
    /// <summary>The cell grids of one frame format and everything derived from them, allocated once.</summary>
    private sealed class Buffers
    {
        private readonly int _fineWide;
        private readonly int _fineHigh;
        private readonly int _cellsWide;
        private readonly int _cellsHigh;
        private readonly float[] _fineCells;
        private readonly float[] _cells;
        private readonly float[] _pass;
        private readonly float[] _columnSums;
        private readonly float[] _sumY, _sumU, _sumV, _weight;
        private readonly Upsampled _luma;
        private readonly Upsampled _chroma;
        private readonly float[] _wideWeightLuma;
        private readonly float[] _wideWeightChroma;
        private readonly byte[] _opaqueRow;

        public Buffers(FrameFormat format)
        {
            Format = format;
            // BackgroundCells sums 4×4 blocks; pairs of those make the 8×8 cells that are blurred.
            _fineWide = BackgroundCells.CellCount(format.Width);
            _fineHigh = BackgroundCells.CellCount(format.Height);
            _cellsWide = CellPairs.Half(_fineWide);
            _cellsHigh = CellPairs.Half(_fineHigh);
            int cells = _cellsWide * _cellsHigh;
            _fineCells = new float[BackgroundCells.Channels * _fineWide * 2];
            _cells = new float[BackgroundCells.Channels * cells];
            _pass = new float[BackgroundCells.Channels * cells];
            _columnSums = new float[BackgroundCells.Channels * _cellsWide];
            _sumY = new float[cells];
            _sumU = new float[cells];
            _sumV = new float[cells];
            _weight = new float[cells];
            _luma = new Upsampled(_cellsWide, _cellsHigh, format.Width, format.Height, (double)format.Width / CellSize, (double)format.Height / CellSize);
            _chroma = new Upsampled(_cellsWide, _cellsHigh, format.ChromaWidth, format.ChromaHeight,
                (double)format.ChromaWidth / (CellSize / 2), (double)format.ChromaHeight / (CellSize / 2));
            _wideWeightLuma = new float[_cellsHigh * format.Width];
            _wideWeightChroma = new float[_cellsHigh * format.ChromaWidth];
            _opaqueRow = new byte[format.Width];
            Array.Fill(_opaqueRow, (byte)255);
        }

        public FrameFormat Format { get; }

        public void Accumulate(VideoFrame frame, AlphaMask mask)
        {
            int fineRow = BackgroundCells.Channels * _fineWide;
            int cellRow = BackgroundCells.Channels * _cellsWide;
            for (int cy = 0; cy < _cellsHigh; cy++)
            {
                Span<float> top = _fineCells.AsSpan(0, fineRow);
                Span<float> bottom = _fineCells.AsSpan(fineRow, fineRow);
                AccumulateFineRow(frame, mask, 2 * cy, top);
                bool hasBottom = 2 * cy + 1 < _fineHigh;
                if (hasBottom)
                    AccumulateFineRow(frame, mask, 2 * cy + 1, bottom);
                CellPairs.SumRow(top, hasBottom ? bottom : default, _fineWide, _cells.AsSpan(cy * cellRow, cellRow));
            }
        }

        public void Blur(int radius)
        {
            if (radius > 0)
            {
                for (int pass = 0; pass < BoxPasses; pass++)
                {
                    CellBlur.Horizontal(_cells, _pass, _cellsWide, _cellsHigh, radius);
                    CellBlur.Vertical(_pass, _cells, _columnSums, _cellsWide, _cellsHigh, radius);
                }
            }
            CellPlanes.Split(_cells, _sumY, _sumU, _sumV, _weight);
        }

        public void Composite(VideoFrame frame, AlphaMask mask)
        {
            _luma.Rows(_sumY, _luma.WideSums);
            _luma.Rows(_weight, _wideWeightLuma);
            _luma.Blend(frame.Y, frame.LumaStride, _wideWeightLuma, mask.Luma);

            _chroma.Rows(_weight, _wideWeightChroma);
            _chroma.Rows(_sumU, _chroma.WideSums);
            _chroma.Blend(frame.U, frame.ChromaStride, _wideWeightChroma, mask.Chroma);
            _chroma.Rows(_sumV, _chroma.WideSums);
            _chroma.Blend(frame.V, frame.ChromaStride, _wideWeightChroma, mask.Chroma);
        }

        private void AccumulateFineRow(VideoFrame frame, AlphaMask mask, int fineRow, Span<float> cells)
        {
            int width = Format.Width, height = Format.Height, chromaWidth = Format.ChromaWidth, chromaHeight = Format.ChromaHeight;
            int y = 4 * fineRow, chromaRow = 2 * fineRow;
            var source = new CellRowSource
            {
                Y0 = Row(frame.Y, frame.LumaStride, Math.Min(y, height - 1), width),
                Y1 = Row(frame.Y, frame.LumaStride, Math.Min(y + 1, height - 1), width),
                Y2 = Row(frame.Y, frame.LumaStride, Math.Min(y + 2, height - 1), width),
                Y3 = Row(frame.Y, frame.LumaStride, Math.Min(y + 3, height - 1), width),
                Alpha0 = y < height ? Row(mask.Luma, width, y, width) : _opaqueRow,
                Alpha1 = y + 1 < height ? Row(mask.Luma, width, y + 1, width) : _opaqueRow,
                Alpha2 = y + 2 < height ? Row(mask.Luma, width, y + 2, width) : _opaqueRow,
                Alpha3 = y + 3 < height ? Row(mask.Luma, width, y + 3, width) : _opaqueRow,
                U0 = Row(frame.U, frame.ChromaStride, Math.Min(chromaRow, chromaHeight - 1), chromaWidth),
                U1 = Row(frame.U, frame.ChromaStride, Math.Min(chromaRow + 1, chromaHeight - 1), chromaWidth),
                V0 = Row(frame.V, frame.ChromaStride, Math.Min(chromaRow, chromaHeight - 1), chromaWidth),
                V1 = Row(frame.V, frame.ChromaStride, Math.Min(chromaRow + 1, chromaHeight - 1), chromaWidth),
            };
            BackgroundCells.AccumulateRow(source, width, cells);
        }

        private static ReadOnlySpan<byte> Row(ReadOnlySpan<byte> plane, int stride, int y, int width) => plane.Slice(y * stride, width);
    }

    /// <summary>Bilinear upsampling of cell planes to one frame plane: rows first (once per cell row), then per frame row.</summary>
    private sealed class Upsampled
    {
        private readonly int _cellsWide;
        private readonly int _cellsHigh;
        private readonly int _width;
        private readonly int _height;
        private readonly ResamplingTaps _horizontal;
        private readonly ResamplingTaps _vertical;

        public Upsampled(int cellsWide, int cellsHigh, int width, int height, double cellSpanWide, double cellSpanHigh)
        {
            _cellsWide = cellsWide;
            _cellsHigh = cellsHigh;
            _width = width;
            _height = height;
            _horizontal = ResamplingTaps.Bilinear(cellsWide, 0, cellSpanWide, width);
            _vertical = ResamplingTaps.Bilinear(cellsHigh, 0, cellSpanHigh, height);
            WideSums = new float[cellsHigh * width];
        }

        public float[] WideSums { get; }

        /// <summary>Upsamples every cell row of <paramref name="plane"/> along the row into <paramref name="wide"/>.</summary>
        public void Rows(float[] plane, float[] wide)
        {
            for (int cy = 0; cy < _cellsHigh; cy++)
                RowResampler.Resample(plane.AsSpan(cy * _cellsWide, _cellsWide), _horizontal, wide.AsSpan(cy * _width, _width));
        }

        /// <summary>Blends <paramref name="plane"/> over the background given by <see cref="WideSums"/> / <paramref name="wideWeights"/>.</summary>
        public void Blend(Span<byte> plane, int stride, float[] wideWeights, ReadOnlySpan<byte> alpha)
        {
            for (int y = 0; y < _height; y++)
            {
                int top = _vertical.First[y];
                int bottom = _vertical.TapCount == 1 ? top : top + 1;
                float topWeight = _vertical.Weights[y];
                float bottomWeight = _vertical.TapCount == 1 ? 0f : _vertical.Weights[_height + y];
                NormalizedBlend.Row(
                    WideSums.AsSpan(top * _width, _width), WideSums.AsSpan(bottom * _width, _width),
                    wideWeights.AsSpan(top * _width, _width), wideWeights.AsSpan(bottom * _width, _width),
                    topWeight, bottomWeight, plane.Slice(y * stride, _width), alpha.Slice(y * _width, _width));
            }
        }
    }
}
