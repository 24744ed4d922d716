using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Refinement;

public sealed partial class GuidedMaskRefiner
{
    /// <summary>Everything one model size and frame format needs, allocated once.</summary>
    private sealed class Buffers
    {
        private readonly int _width;
        private readonly int _height;
        private readonly FrameFormat _format;
        private readonly float[] _scratch;
        private readonly float[] _paddedRow;
        private readonly ResamplingTaps _horizontal;
        private readonly ResamplingTaps _vertical;
        private readonly float[] _wideA;
        private readonly float[] _wideB;
        private readonly byte[] _classes;
        private readonly byte[] _intervals;
        private readonly int[] _intervalStarts;

        public Buffers(int width, int height, FrameFormat format)
        {
            _width = width;
            _height = height;
            _format = format;
            int pixels = width * height;
            Smoothed = new float[pixels];
            Mask = new float[pixels];
            Guide = new float[pixels];
            Product = new float[pixels];
            MeanGuide = new float[pixels];
            MeanMask = new float[pixels];
            MeanGuideSquared = new float[pixels];
            MeanGuideMask = new float[pixels];
            A = new float[pixels];
            B = new float[pixels];
            _scratch = new float[pixels];
            _paddedRow = new float[width + 2 * Math.Max(GuideRadius, MaskRefinementOptions.MaxDilation)];
            GuideResampler = new PlaneResampler(format.Width, format.Height, width, height);
            _horizontal = ResamplingTaps.Bilinear(width, 0, width, format.Width);
            _vertical = ResamplingTaps.Bilinear(height, 0, height, format.Height);
            _wideA = new float[height * format.Width];
            _wideB = new float[height * format.Width];
            _classes = new byte[pixels];
            _intervals = new byte[height * IntervalCount];
            _intervalStarts = IntervalStarts(_horizontal, IntervalCount);
        }

        /// <summary>Spans between adjacent model columns (one when the model is one column wide).</summary>
        private int IntervalCount => Math.Max(_width - 1, 1);

        public float[] Smoothed { get; }
        public float[] Mask { get; }
        public float[] Guide { get; }
        public float[] Product { get; }
        public float[] MeanGuide { get; }
        public float[] MeanMask { get; }
        public float[] MeanGuideSquared { get; }
        public float[] MeanGuideMask { get; }
        public float[] A { get; }
        public float[] B { get; }
        public PlaneResampler GuideResampler { get; }

        public bool Matches(ModelDescriptor model, FrameFormat format) =>
            model.InputWidth == _width && model.InputHeight == _height && format.Width == _format.Width && format.Height == _format.Height;

        public void Window<TOperator>(float[] source, float[] destination, int radius, float scale) where TOperator : IWindowOperator =>
            WindowFilter.Apply<TOperator>(source, destination, _scratch, _paddedRow, _width, _height, radius, scale);

        /// <summary>Upsamples A, B along rows once per model row, then evaluates alpha = a·Y + b for every frame row.</summary>
        public void Upsample(VideoFrame frame, AlphaMask mask)
        {
            int width = _format.Width;
            for (int y = 0; y < _height; y++)
            {
                RowResampler.Resample(A.AsSpan(y * _width, _width), _horizontal, _wideA.AsSpan(y * width, width));
                RowResampler.Resample(B.AsSpan(y * _width, _width), _horizontal, _wideB.AsSpan(y * width, width));
            }
            FlatCoefficients.Classify(A, B, _classes);
            for (int y = 0; y < _height; y++)
            {
                int below = Math.Min(y + 1, _height - 1);
                FlatCoefficients.Intervals(_classes.AsSpan(y * _width, _width), _classes.AsSpan(below * _width, _width),
                    _intervals.AsSpan(y * IntervalCount, IntervalCount));
            }
            Span<byte> luma = mask.Luma;
            ReadOnlySpan<byte> guide = frame.Y;
            for (int y = 0; y < _format.Height; y++)
                ApplyRow(guide.Slice(y * frame.LumaStride, width), luma.Slice(y * width, width), y);
            int chromaWidth = _format.ChromaWidth;
            Span<byte> chroma = mask.Chroma;
            for (int cy = 0; cy < _format.ChromaHeight; cy++)
            {
                int bottom = Math.Min(2 * cy + 1, _format.Height - 1);
                ChromaAlpha.DownsampleRow(luma.Slice(2 * cy * width, width), luma.Slice(bottom * width, width),
                    chroma.Slice(cy * chromaWidth, chromaWidth));
            }
        }

        /// <summary>One frame row: runs of intervals that are certainly transparent or opaque are filled, the rest computed.</summary>
        private void ApplyRow(ReadOnlySpan<byte> guide, Span<byte> alpha, int y)
        {
            (int top, int bottom, float topWeight, float bottomWeight) = VerticalTaps(y);
            int width = _format.Width;
            ReadOnlySpan<byte> intervals = _intervals.AsSpan(top * IntervalCount, IntervalCount);
            int interval = 0;
            while (interval < IntervalCount)
            {
                byte kind = intervals[interval];
                int end = interval + 1;
                while (end < IntervalCount && intervals[end] == kind)
                    end++;
                int from = _intervalStarts[interval], to = _intervalStarts[end];
                if (kind == FlatCoefficients.Transparent)
                    alpha[from..to].Clear();
                else if (kind == FlatCoefficients.Opaque)
                    alpha[from..to].Fill(255);
                else
                    GuidedUpsampling.ApplyRow(
                        _wideA.AsSpan(top * width + from, to - from), _wideA.AsSpan(bottom * width + from, to - from),
                        _wideB.AsSpan(top * width + from, to - from), _wideB.AsSpan(bottom * width + from, to - from),
                        topWeight, bottomWeight, guide[from..to], alpha[from..to]);
                interval = end;
            }
        }

        /// <summary>The first frame column of each interval (columns whose left tap is that model column), and the width at the end.</summary>
        private static int[] IntervalStarts(ResamplingTaps horizontal, int intervalCount)
        {
            var starts = new int[intervalCount + 1];
            int x = 0;
            for (int i = 0; i < intervalCount; i++)
            {
                starts[i] = x;
                while (x < horizontal.DestinationSize && horizontal.First[x] <= i)
                    x++;
            }
            starts[intervalCount] = horizontal.DestinationSize;
            return starts;
        }

        private (int Top, int Bottom, float TopWeight, float BottomWeight) VerticalTaps(int y)
        {
            int top = _vertical.First[y];
            if (_vertical.TapCount == 1)
                return (top, top, 1f, 0f);
            int rows = _vertical.DestinationSize;
            return (top, top + 1, _vertical.Weights[y], _vertical.Weights[rows + y]);
        }
    }
}
