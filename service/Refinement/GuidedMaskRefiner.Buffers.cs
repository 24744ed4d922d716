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
        private readonly float[] _smoothed;
        private readonly float[] _guide;
        private readonly float[] _rowMaxima;
        private readonly float[] _rowMinima;
        private readonly float[] _rowExtrema;
        private readonly float[] _guideSums;
        private readonly float[] _maskSums;
        private readonly float[] _guideSquaredSums;
        private readonly float[] _guideMaskSums;
        private readonly float[] _slopeSums;
        private readonly float[] _offsetSums;
        private readonly float[] _thresholded;
        private readonly float[] _grown;
        private readonly float[] _closed;
        private readonly float[] _mask;
        private readonly float[] _meanGuide;
        private readonly float[] _meanMask;
        private readonly float[] _meanGuideSquared;
        private readonly float[] _meanGuideMask;
        private readonly float[] _slope;
        private readonly float[] _offset;
        private readonly float[] _columnSums;
        private readonly float[] _paddedRow;
        private readonly float[] _secondPaddedRow;
        private readonly PlaneResampler _guideResampler;
        private readonly ResamplingTaps _horizontal;
        private readonly ResamplingTaps _vertical;
        private readonly short[] _wideA;
        private readonly short[] _wideB;
        private readonly short[] _topWeights;
        private readonly short[] _bottomWeights;
        private readonly int[] _wideRows = new int[2];
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
            _smoothed = new float[pixels];
            _guide = new float[pixels];
            _rowMaxima = new float[ClosingSlots * width];
            _rowMinima = new float[ClosingSlots * width];
            _rowExtrema = new float[DilationSlots * width];
            _guideSums = new float[GuideSlots * width];
            _maskSums = new float[GuideSlots * width];
            _guideSquaredSums = new float[GuideSlots * width];
            _guideMaskSums = new float[GuideSlots * width];
            _slopeSums = new float[GuideSlots * width];
            _offsetSums = new float[GuideSlots * width];
            A = new float[pixels];
            B = new float[pixels];
            _thresholded = new float[width];
            _grown = new float[width];
            _closed = new float[width];
            _mask = new float[width];
            _meanGuide = new float[width];
            _meanMask = new float[width];
            _meanGuideSquared = new float[width];
            _meanGuideMask = new float[width];
            _slope = new float[width];
            _offset = new float[width];
            _columnSums = new float[6 * width];
            _paddedRow = new float[width + 2 * Math.Max(GuideRadius, MaskRefinementOptions.MaxDilation)];
            _secondPaddedRow = new float[width + 2 * GuideRadius];
            _guideResampler = new PlaneResampler(format.Width, format.Height, width, height);
            _horizontal = ResamplingTaps.Bilinear(width, 0, width, format.Width);
            _vertical = ResamplingTaps.Bilinear(height, 0, height, format.Height);
            _topWeights = new short[format.Height];
            _bottomWeights = new short[format.Height];
            for (int y = 0; y < format.Height; y++)
            {
                _topWeights[y] = Simd.ToQ15(_vertical.TapCount == 1 ? 1f : _vertical.Weights[y]);
                _bottomWeights[y] = _vertical.TapCount == 1 ? (short)0 : Simd.ToQ15(_vertical.Weights[format.Height + y]);
            }
            _wideA = new short[2 * format.Width];
            _wideB = new short[2 * format.Width];
            _classes = new byte[pixels];
            _intervals = new byte[IntervalCount];
            _intervalStarts = IntervalStarts(_horizontal, IntervalCount);
            _runs = new Run[height * IntervalCount];
            _runCounts = new int[height];
        }

        // Rings of the rows a vertical window still reaches: row y of a stage is in slot y mod the ring's size.
        private const int ClosingSlots = 2 * HoleFillRadius + 1;
        private const int DilationSlots = 2 * MaskRefinementOptions.MaxDilation + 1;
        private const int GuideSlots = 2 * GuideRadius + 2;

        /// <summary>Spans between adjacent model columns (one when the model is one column wide).</summary>
        private int IntervalCount => Math.Max(_width - 1, 1);

        /// <summary>The coefficients of alpha = a·Y + b (alpha in 0..255, Y the guide in 0..255) at model resolution.</summary>
        public float[] A { get; }

        public float[] B { get; }

        public bool Matches(ModelDescriptor model) => model.InputWidth == _width && model.InputHeight == _height;

        public bool Matches(FrameFormat format) => format.Width == _format.Width && format.Height == _format.Height;

        /// <summary>The frame's luma downscaled to model size, for when no coarse frame comes with it.</summary>
        public float[] ResampleGuide(VideoFrame frame)
        {
            _guideResampler.Resample(frame.Y, frame.LumaStride, _guide);
            return _guide;
        }

        /// <summary>
        /// Fits A and B (and the coarse alpha, the flat runs) to <paramref name="probabilities"/>: temporal
        /// smoothing, soft threshold, closing, the optional dilation, then the guided filter against
        /// <paramref name="guide"/> (plain coefficients without one). Row by row: each stage makes its row y as
        /// soon as the rows its window reaches below are made, so a stage's rows are read back while still
        /// in cache instead of plane after plane.
        /// </summary>
        /// <param name="keep">Weight of the previous frames' mask; null on a stream's first frame.</param>
        public void Fit(ReadOnlySpan<float> probabilities, float? keep, float low, float inverseWidth, int dilation, float[]? guide,
            CoarseFrame? coarse)
        {
            // Closing (grow, then shrink back) fills the small holes the model leaves in faces, at eyes and mouths,
            // which would otherwise show the background through them.
            int closedDelay = 2 * HoleFillRadius;
            int maskDelay = closedDelay + Math.Abs(dilation);
            int meansDelay = maskDelay + GuideRadius + 1;
            int coefficientsDelay = guide is null ? maskDelay : meansDelay + GuideRadius + 1;
            _wideRows.AsSpan().Fill(-1);
            for (int t = 0; t < _height + coefficientsDelay + 1; t++)
            {
                PrefetchFitRows(probabilities, coarse, t + FitPrefetchRows, t - coefficientsDelay + FitPrefetchRows);
                if (t < _height)
                    ThresholdRow(probabilities, keep, low, inverseWidth, t);
                if (IsRow(t - HoleFillRadius))
                    GrowRow(t - HoleFillRadius);
                if (IsRow(t - closedDelay))
                    ShrinkRow(t - closedDelay, dilation);
                if (IsRow(t - maskDelay))
                    MaskRow(t - maskDelay, dilation, guide);
                if (guide is not null && IsRow(t - meansDelay))
                    MeansRow(t - meansDelay);
                if (guide is not null && IsRow(t - coefficientsDelay))
                    SmoothCoefficientsRow(t - coefficientsDelay);
                if (IsRow(t - coefficientsDelay))
                    ClassifyRow(t - coefficientsDelay, coarse);
                if (IsRow(t - coefficientsDelay - 1))
                    FindRuns(t - coefficientsDelay - 1);
            }
        }

        private bool IsRow(int y) => y >= 0 && y < _height;

        /// <summary>
        /// How far ahead of the rows being fitted the planes kept from frame to frame (the model's output, the
        /// smoothed mask, A, B, the coarse alpha, the classes) are loaded: behind a camera they have left the
        /// caches between two frames, and the fit reads and writes them a row at a time between other work.
        /// </summary>
        private const int FitPrefetchRows = 2;

        private void PrefetchFitRows(ReadOnlySpan<float> probabilities, CoarseFrame? coarse, int thresholdRow, int coefficientsRow)
        {
            if (IsRow(thresholdRow))
            {
                CachePrefetch.Lines(probabilities.Slice(thresholdRow * _width, _width));
                CachePrefetch.Lines<float>(Row(_smoothed, thresholdRow));
            }
            if (IsRow(coefficientsRow))
            {
                CachePrefetch.Lines<float>(Row(A, coefficientsRow));
                CachePrefetch.Lines<float>(Row(B, coefficientsRow));
                if (coarse is not null)
                    CachePrefetch.Lines<float>(Row(coarse.Alpha, coefficientsRow));
                CachePrefetch.Lines<byte>(_classes.AsSpan(coefficientsRow * _width, _width));
            }
        }

        private Span<float> Row(float[] plane, int y) => plane.AsSpan(y * _width, _width);

        private Span<float> Slot(float[] ring, int slots, int y) => ring.AsSpan(y % slots * _width, _width);

        private void ThresholdRow(ReadOnlySpan<float> probabilities, float? keep, float low, float inverseWidth, int y)
        {
            Span<float> smoothed = Row(_smoothed, y);
            if (keep is { } weight)
                MaskOperations.Smooth(smoothed, probabilities.Slice(y * _width, _width), weight);
            else
                probabilities.Slice(y * _width, _width).CopyTo(smoothed);
            MaskOperations.SoftThreshold(smoothed, _thresholded, low, inverseWidth);
            WindowFilter.Horizontal<MaxOperator>(_thresholded, Slot(_rowMaxima, ClosingSlots, y), _paddedRow, HoleFillRadius);
        }

        private void GrowRow(int y)
        {
            WindowFilter.Vertical<MaxOperator>(_rowMaxima, _grown, _width, _height, ClosingSlots, y, HoleFillRadius, 1f);
            WindowFilter.Horizontal<MinOperator>(_grown, Slot(_rowMinima, ClosingSlots, y), _paddedRow, HoleFillRadius);
        }

        private void ShrinkRow(int y, int dilation)
        {
            if (dilation == 0)
            {
                WindowFilter.Vertical<MinOperator>(_rowMinima, _mask, _width, _height, ClosingSlots, y, HoleFillRadius, 1f);
                return;
            }
            WindowFilter.Vertical<MinOperator>(_rowMinima, _closed, _width, _height, ClosingSlots, y, HoleFillRadius, 1f);
            if (dilation > 0)
                WindowFilter.Horizontal<MaxOperator>(_closed, Slot(_rowExtrema, DilationSlots, y), _paddedRow, dilation);
            else
                WindowFilter.Horizontal<MinOperator>(_closed, Slot(_rowExtrema, DilationSlots, y), _paddedRow, -dilation);
        }

        /// <summary>The final mask's row y, then its guided filter sums along the row, or plain coefficients without a guide.</summary>
        private void MaskRow(int y, int dilation, float[]? guide)
        {
            if (dilation > 0)
                WindowFilter.Vertical<MaxOperator>(_rowExtrema, _mask, _width, _height, DilationSlots, y, dilation, 1f);
            else if (dilation < 0)
                WindowFilter.Vertical<MinOperator>(_rowExtrema, _mask, _width, _height, DilationSlots, y, -dilation, 1f);
            if (guide is null)
            {
                Row(A, y).Clear();
                MaskOperations.Scale(_mask, Row(B, y), 255f);
                return;
            }
            GuidedSums.HorizontalRow(Row(guide, y), _mask, _paddedRow, _secondPaddedRow, GuideRadius,
                Slot(_guideSums, GuideSlots, y), Slot(_maskSums, GuideSlots, y), Slot(_guideSquaredSums, GuideSlots, y),
                Slot(_guideMaskSums, GuideSlots, y));
        }

        /// <summary>Row y of the four box means (running sums down the columns), the coefficients from them, and their sums along the row.</summary>
        private void MeansRow(int y)
        {
            // The guide is kept in 0..255; the 1/255 that brings it to [0, 1] is folded into the box scales.
            float guideScale = InverseArea / 255f;
            if (y == 0)
            {
                WindowFilter.StartRunningSum(_guideSums, ColumnSums(0), _width, _height, GuideSlots, GuideRadius, vectorized: true);
                WindowFilter.StartRunningSum(_maskSums, ColumnSums(1), _width, _height, GuideSlots, GuideRadius, vectorized: true);
                WindowFilter.StartRunningSum(_guideSquaredSums, ColumnSums(2), _width, _height, GuideSlots, GuideRadius, vectorized: true);
                WindowFilter.StartRunningSum(_guideMaskSums, ColumnSums(3), _width, _height, GuideSlots, GuideRadius, vectorized: true);
            }
            MeanRow(_guideSums, 0, _meanGuide, y, guideScale);
            MeanRow(_maskSums, 1, _meanMask, y, InverseArea);
            MeanRow(_guideSquaredSums, 2, _meanGuideSquared, y, guideScale / 255f);
            MeanRow(_guideMaskSums, 3, _meanGuideMask, y, guideScale);
            GuidedCoefficients.Compute(_meanGuide, _meanMask, _meanGuideSquared, _meanGuideMask, GuideEpsilon, _slope, _offset);
            WindowFilter.Horizontal<SumOperator>(_slope, Slot(_slopeSums, GuideSlots, y), _paddedRow, GuideRadius);
            WindowFilter.Horizontal<SumOperator>(_offset, Slot(_offsetSums, GuideSlots, y), _paddedRow, GuideRadius);
        }

        /// <summary>
        /// Row y of A and B: the coefficients' box means, in alpha units with the edge contrast c folded in:
        /// alpha (0..255) = 255·(a·Y/255 + b) = a·Y + 255·b, then c·(alpha − 127.5) + 127.5.
        /// </summary>
        private void SmoothCoefficientsRow(int y)
        {
            if (y == 0)
            {
                WindowFilter.StartRunningSum(_slopeSums, ColumnSums(4), _width, _height, GuideSlots, GuideRadius, vectorized: true);
                WindowFilter.StartRunningSum(_offsetSums, ColumnSums(5), _width, _height, GuideSlots, GuideRadius, vectorized: true);
            }
            MeanRow(_slopeSums, 4, Row(A, y), y, EdgeContrast * InverseArea);
            MeanRow(_offsetSums, 5, Row(B, y), y, EdgeContrast * 255f * InverseArea);
            MaskOperations.Add(Row(B, y), (1f - EdgeContrast) * 127.5f);
        }

        private Span<float> ColumnSums(int plane) => _columnSums.AsSpan(plane * _width, _width);

        /// <summary>Row y of the guided filter's box over a ring of row sums (scaled), running sum number <paramref name="sums"/>.</summary>
        private void MeanRow(float[] rowSums, int sums, Span<float> output, int y, float scale) =>
            WindowFilter.RunningSumRow(rowSums, ColumnSums(sums), output, _width, _height, GuideSlots, y, GuideRadius, scale, vectorized: true);

        /// <summary>The coarse alpha's row y, and which of A and B's pairs on it are certainly transparent, certainly opaque, or mixed.</summary>
        private void ClassifyRow(int y, CoarseFrame? coarse)
        {
            if (coarse is not null)
                MaskOperations.LinearUnit(Row(A, y), Row(B, y), Row(coarse.Y, y), Row(coarse.Alpha, y), 1f / 255);
            FlatCoefficients.Classify(Row(A, y), Row(B, y), _classes.AsSpan(y * _width, _width));
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
            int end = mask.FirstRow + mask.RowCount;
            if (mask.FirstRow == 0)
            {
                for (int y = 0; y < Math.Min(PrefetchRows, height); y++)
                    PrefetchRow(frame, y);
            }
            for (int y = mask.FirstRow; y < end; y++)
            {
                if (y + PrefetchRows < height)
                    PrefetchRow(frame, y + PrefetchRows);
                ApplyRow(guide.Slice(y * frame.LumaStride, width), mask.LumaRow(y), y);
                if ((y & 1) == 0 && y < height - 1)
                    continue;
                int cy = y / 2;
                ChromaAlpha.DownsampleRow(mask.LumaRow(2 * cy), mask.LumaRow(y), mask.ChromaRow(cy));
            }
        }

        /// <summary>
        /// How far ahead of the row being rendered the frame's rows are loaded. The frame has left the core's
        /// caches by now (inference ran since it was decoded), and the mixed runs are read in short pieces the
        /// hardware prefetchers do not follow: without this, each run waited for memory. The compositor, which
        /// reads the same rows right after, gains too.
        /// </summary>
        private const int PrefetchRows = 8;

        private static void PrefetchRow(VideoFrame frame, int y)
        {
            CachePrefetch.Lines(frame.Y.Slice(y * frame.LumaStride, frame.Width));
            if ((y & 1) != 0)
                return;
            int cy = y / 2;
            CachePrefetch.Lines(frame.U.Slice(cy * frame.ChromaStride, frame.Format.ChromaWidth));
            CachePrefetch.Lines(frame.V.Slice(cy * frame.ChromaStride, frame.Format.ChromaWidth));
        }

        /// <summary>
        /// The frame columns of model row <paramref name="row"/>'s runs of intervals that are certainly transparent
        /// or opaque, and of the rest widened to whole vector blocks (recomputing a few flat pixels gives them
        /// the same values); the frame rows between this model row and the next share them.
        /// </summary>
        private void FindRuns(int row)
        {
            int below = Math.Min(row + 1, _height - 1);
            FlatCoefficients.Intervals(_classes.AsSpan(row * _width, _width), _classes.AsSpan(below * _width, _width), _intervals);
            ReadOnlySpan<byte> intervals = _intervals;
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
            int top = _vertical.First[y];
            int bottom = _vertical.TapCount == 1 ? top : top + 1;
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
                    int topSlot = Widen(top), bottomSlot = Widen(bottom);
                    GuidedUpsampling.ApplyRow(
                        _wideA.AsSpan(topSlot + from, to - from), _wideA.AsSpan(bottomSlot + from, to - from),
                        _wideB.AsSpan(topSlot + from, to - from), _wideB.AsSpan(bottomSlot + from, to - from),
                        _topWeights[y], _bottomWeights[y], guide[from..to], alpha[from..to]);
                }
            }
        }

        private readonly record struct Run(int From, int To, byte Kind);

        /// <summary>
        /// Makes sure model row <paramref name="row"/>'s A and B are upsampled along the row into a wide row (row r
        /// in slot r mod 2: bands move down one model row at a time, and each row serves as the bottom of one band,
        /// then as the top of the next) and returns where its slot starts. Only the columns of the mixed runs of the
        /// two bands the row borders are upsampled, each column once.
        /// </summary>
        private int Widen(int row)
        {
            int slot = (row & 1) * _format.Width;
            if (_wideRows[row & 1] == row)
                return slot;
            ReadOnlySpan<Run> above = row > 0 ? _runs.AsSpan((row - 1) * IntervalCount, _runCounts[row - 1]) : [];
            ReadOnlySpan<Run> below = _runs.AsSpan(row * IntervalCount, _runCounts[row]);
            int from = 0, to = 0;
            while (NextMixed(ref above, ref below) is { } run)
            {
                if (run.From > to)
                {
                    Upsample(row, slot, from, to);
                    from = run.From;
                }
                to = Math.Max(to, run.To);
            }
            Upsample(row, slot, from, to);
            _wideRows[row & 1] = row;
            return slot;
        }

        /// <summary>The mixed run that starts first in either list, taken off it.</summary>
        private static Run? NextMixed(ref ReadOnlySpan<Run> first, ref ReadOnlySpan<Run> second)
        {
            SkipFlat(ref first);
            SkipFlat(ref second);
            if (first.IsEmpty && second.IsEmpty)
                return null;
            ref ReadOnlySpan<Run> earlier = ref second.IsEmpty || (!first.IsEmpty && first[0].From <= second[0].From) ? ref first : ref second;
            Run run = earlier[0];
            earlier = earlier[1..];
            return run;
        }

        private static void SkipFlat(ref ReadOnlySpan<Run> runs)
        {
            while (!runs.IsEmpty && runs[0].Kind != FlatCoefficients.Mixed)
                runs = runs[1..];
        }

        private void Upsample(int row, int slot, int from, int to)
        {
            if (from >= to)
                return;
            int width = _format.Width;
            Upsample(A, row, _wideA.AsSpan(slot, width), from, to, GuidedUpsampling.SlopeScale);
            Upsample(B, row, _wideB.AsSpan(slot, width), from, to, GuidedUpsampling.OffsetScale);
        }

        private void Upsample(float[] coefficients, int row, Span<short> wide, int from, int to, float scale)
        {
            RowResampler.ResampleToFixedPoint(coefficients.AsSpan(row * _width, _width), _horizontal, wide, from, to, scale, -short.MaxValue, short.MaxValue);
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
    }
}
