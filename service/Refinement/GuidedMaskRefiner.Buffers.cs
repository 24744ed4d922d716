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
        private readonly float[] _secondPaddedRow;
        private readonly ResamplingTaps _horizontal;
        private readonly ResamplingTaps _vertical;
        private readonly float[] _wideA;
        private readonly float[] _wideB;
        private int _wideTop;
        private readonly byte[] _classes;
        private readonly byte[] _intervals;
        private readonly int[] _intervalStarts;
        private readonly Run[] _runs;
        private readonly int[] _runCounts;

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
            _secondPaddedRow = new float[width + 2 * GuideRadius];
            GuideResampler = new PlaneResampler(format.Width, format.Height, width, height);
            _horizontal = ResamplingTaps.Bilinear(width, 0, width, format.Width);
            _vertical = ResamplingTaps.Bilinear(height, 0, height, format.Height);
            _wideA = new float[2 * format.Width];
            _wideB = new float[2 * format.Width];
            _classes = new byte[pixels];
            _intervals = new byte[IntervalCount];
            _intervalStarts = IntervalStarts(_horizontal, IntervalCount);
            _runs = new Run[height * IntervalCount];
            _runCounts = new int[height];
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

        public bool Matches(ModelDescriptor model) => model.InputWidth == _width && model.InputHeight == _height;

        public bool Matches(FrameFormat format) => format.Width == _format.Width && format.Height == _format.Height;

        public void Window<TOperator>(float[] source, float[] destination, int radius, float scale) where TOperator : IWindowOperator =>
            WindowFilter.Apply<TOperator>(source, destination, _scratch, _paddedRow, _width, _height, radius, scale);

        /// <summary>
        /// The box means of the guide, the mask, guide² and guide·mask over the guided filter's window, the
        /// four horizontal sums in one pass (through A, B, Product and the scratch plane, free until the
        /// coefficients are made), then a running vertical sum each.
        /// </summary>
        public void GuidedMeans(float[] guide, float guideScale, float maskScale, float guideSquaredScale, float guideMaskScale)
        {
            for (int y = 0; y < _height; y++)
            {
                int row = y * _width;
                GuidedSums.HorizontalRow(guide.AsSpan(row, _width), Mask.AsSpan(row, _width), _paddedRow, _secondPaddedRow, GuideRadius,
                    A.AsSpan(row, _width), B.AsSpan(row, _width), Product.AsSpan(row, _width), _scratch.AsSpan(row, _width));
            }
            Span<float> sums = _paddedRow.AsSpan(0, _width);
            WindowFilter.VerticalRunningSum(A, MeanGuide, sums, _width, _height, GuideRadius, guideScale, vectorized: true);
            WindowFilter.VerticalRunningSum(B, MeanMask, sums, _width, _height, GuideRadius, maskScale, vectorized: true);
            WindowFilter.VerticalRunningSum(Product, MeanGuideSquared, sums, _width, _height, GuideRadius, guideSquaredScale, vectorized: true);
            WindowFilter.VerticalRunningSum(_scratch, MeanGuideMask, sums, _width, _height, GuideRadius, guideMaskScale, vectorized: true);
        }

        /// <summary>Classifies each model row's intervals into runs that are certainly transparent, certainly opaque, or mixed.</summary>
        public void FindFlatRuns()
        {
            _wideTop = -1;
            FlatCoefficients.Classify(A, B, _classes);
            Span<byte> intervals = _intervals;
            for (int y = 0; y < _height; y++)
            {
                int below = Math.Min(y + 1, _height - 1);
                FlatCoefficients.Intervals(_classes.AsSpan(y * _width, _width), _classes.AsSpan(below * _width, _width), intervals);
                FindRuns(intervals, y);
            }
        }

        /// <summary>
        /// Evaluates alpha = a·Y + b for the frame rows of the mask's band, A and B of the two model rows around
        /// each upsampled along the row where it is needed into two wide rows, which stay in cache. Each chroma
        /// row is made as soon as its two luma rows are, while they are in cache too.
        /// </summary>
        public void Render(VideoFrame frame, AlphaMask mask)
        {
            int width = _format.Width, height = _format.Height;
            ReadOnlySpan<byte> guide = frame.Y;
            int chromaWidth = _format.ChromaWidth;
            int end = mask.FirstRow + mask.RowCount;
            for (int y = mask.FirstRow; y < end; y++)
            {
                ApplyRow(guide.Slice(y * frame.LumaStride, width), mask.LumaRow(y), y);
                if ((y & 1) == 0 && y < height - 1)
                    continue;
                int cy = y / 2;
                ChromaAlpha.DownsampleRow(mask.LumaRow(2 * cy), mask.LumaRow(y), mask.ChromaRow(cy));
            }
        }

        /// <summary>
        /// The frame columns of model row <paramref name="row"/>'s runs of intervals that are certainly transparent
        /// or opaque, and of the rest widened to whole vector blocks (recomputing a few flat pixels gives them
        /// the same values); the frame rows between this model row and the next share them.
        /// </summary>
        private void FindRuns(ReadOnlySpan<byte> intervals, int row)
        {
            int width = _format.Width;
            Span<Run> runs = _runs.AsSpan(row * IntervalCount, IntervalCount);
            int count = 0;
            int done = 0;
            int interval = 0;
            while (interval < IntervalCount)
            {
                byte kind = intervals[interval];
                int length = intervals[interval..].IndexOfAnyExcept(kind);
                int end = length < 0 ? IntervalCount : interval + length;
                int from = Math.Max(_intervalStarts[interval], done), to = _intervalStarts[end];
                interval = end;
                if (from >= to)
                    continue;
                if (kind == FlatCoefficients.Mixed)
                {
                    int blocks = (to - from + Simd.BytesPerBlock - 1) / Simd.BytesPerBlock * Simd.BytesPerBlock;
                    to = Math.Min(from + blocks, width);
                    from = Math.Max(to - blocks, 0);
                }
                runs[count++] = new Run(from, to, kind);
                done = to;
            }
            _runCounts[row] = count;
        }

        /// <summary>One frame row: flat runs are filled, the rest computed.</summary>
        private void ApplyRow(ReadOnlySpan<byte> guide, Span<byte> alpha, int y)
        {
            (int top, int bottom, float topWeight, float bottomWeight) = VerticalTaps(y);
            int width = _format.Width;
            foreach (Run run in _runs.AsSpan(top * IntervalCount, _runCounts[top]))
            {
                (int from, int to) = (run.From, run.To);
                if (run.Kind == FlatCoefficients.Transparent)
                {
                    alpha[from..to].Clear();
                }
                else if (run.Kind == FlatCoefficients.Opaque)
                {
                    alpha[from..to].Fill(255);
                }
                else
                {
                    UpsampleMixedRuns(top, bottom);
                    GuidedUpsampling.ApplyRow(
                        _wideA.AsSpan(from, to - from), _wideA.AsSpan(width + from, to - from),
                        _wideB.AsSpan(from, to - from), _wideB.AsSpan(width + from, to - from),
                        topWeight, bottomWeight, guide[from..to], alpha[from..to]);
                }
            }
        }

        private readonly record struct Run(int From, int To, byte Kind);

        /// <summary>
        /// Upsamples A and B of model rows <paramref name="top"/> (into the first wide row) and
        /// <paramref name="bottom"/> (the second) along the row, only over the columns of the top row's mixed runs.
        /// </summary>
        private void UpsampleMixedRuns(int top, int bottom)
        {
            if (_wideTop == top)
                return;
            int width = _format.Width;
            foreach (Run run in _runs.AsSpan(top * IntervalCount, _runCounts[top]))
            {
                if (run.Kind != FlatCoefficients.Mixed)
                    continue;
                RowResampler.Resample(A.AsSpan(top * _width, _width), _horizontal, _wideA.AsSpan(0, width), run.From, run.To);
                RowResampler.Resample(A.AsSpan(bottom * _width, _width), _horizontal, _wideA.AsSpan(width, width), run.From, run.To);
                RowResampler.Resample(B.AsSpan(top * _width, _width), _horizontal, _wideB.AsSpan(0, width), run.From, run.To);
                RowResampler.Resample(B.AsSpan(bottom * _width, _width), _horizontal, _wideB.AsSpan(width, width), run.From, run.To);
            }
            _wideTop = top;
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
