namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Resamples a plane of bytes into a tight plane of floats: rows first (the weighted sum of whole source
/// rows, vectorised; runs of rows with the same weight, the inside of an area filter's footprint, are
/// summed as integers and weighted once), then each accumulated row along the horizontal taps. Shrinking by a
/// whole factor of at most <see cref="GroupSums.MaxGroup"/> across (1280 → 256) goes the other way, all in
/// integers: each source row is summed in groups along the row, the group sums added down the rows, and the
/// totals scaled once. Buffers are allocated once.
/// </summary>
internal sealed class PlaneResampler
{
    private readonly ResamplingTaps _horizontal;
    private readonly ResamplingTaps _vertical;
    private readonly float[] _row;
    private readonly ushort[] _sums;
    private readonly int _groupWide;
    private readonly int _groupHigh;
    private readonly int[] _groupSums;

    /// <summary>Rows of bytes a ushort sum holds exactly: 257 · 255 = 65535.</summary>
    private const int MaxSummedRows = 257;

    public PlaneResampler(ResamplingTaps horizontal, ResamplingTaps vertical)
    {
        _horizontal = horizontal;
        _vertical = vertical;
        _row = new float[RowResampler.PaddedLength(horizontal)];
        _sums = new ushort[horizontal.SourceSize];
        _groupWide = WholeFactor(horizontal);
        _groupHigh = WholeFactor(vertical);
        _groupSums = _groupWide is >= 2 and <= GroupSums.MaxGroup && _groupHigh >= 1 ? new int[horizontal.DestinationSize] : [];
    }

    /// <summary>The factor when the taps shrink by a whole factor (each destination pixel the mean of that many), else 0.</summary>
    private static int WholeFactor(ResamplingTaps taps)
    {
        int factor = taps.TapCount;
        if (taps.SourceSize != factor * taps.DestinationSize)
            return 0;
        for (int i = 0; i < taps.DestinationSize; i++)
        {
            if (taps.First[i] != factor * i)
                return 0;
        }
        foreach (float weight in taps.Weights)
        {
            if (Math.Abs(weight * factor - 1f) > 1e-6f)
                return 0;
        }
        return factor;
    }

    /// <summary>Whole plane to whole plane.</summary>
    public PlaneResampler(int sourceWidth, int sourceHeight, int width, int height)
        : this(ResamplingTaps.Create(sourceWidth, width), ResamplingTaps.Create(sourceHeight, height))
    {
    }

    public int Width => _horizontal.DestinationSize;

    public int Height => _vertical.DestinationSize;

    public void Resample(ReadOnlySpan<byte> source, int stride, Span<float> destination)
    {
        int sourceWidth = _horizontal.SourceSize;
        if (source.Length < (_vertical.SourceSize - 1) * stride + sourceWidth || destination.Length < Width * Height)
            throw new ArgumentException("Plane smaller than the resampler's format.");
        if (_groupSums.Length > 0)
        {
            ResampleWholeFactor(source, stride, destination);
            return;
        }
        int height = Height;
        for (int y = 0; y < height; y++)
        {
            int firstRow = _vertical.First[y];
            bool first = true;
            int k = 0;
            while (k < _vertical.TapCount)
            {
                float weight = _vertical.Weights[k * height + y];
                int end = k + 1;
                while (end < _vertical.TapCount && end - k < MaxSummedRows && _vertical.Weights[end * height + y] == weight)
                    end++;
                if (weight != 0f)
                {
                    if (end - k == 1)
                    {
                        WeightedRows.Accumulate(source.Slice((firstRow + k) * stride, sourceWidth), weight, _row, first);
                    }
                    else
                    {
                        for (int r = k; r < end; r++)
                            WeightedRows.SumBytes(source.Slice((firstRow + r) * stride, sourceWidth), _sums, first: r == k);
                        WeightedRows.AccumulateSums(_sums, weight, _row, first);
                    }
                    first = false;
                }
                k = end;
            }
            if (first)
                Array.Clear(_row);
            RowResampler.Resample(_row, _horizontal, destination.Slice(y * Width, Width));
        }
    }

    private void ResampleWholeFactor(ReadOnlySpan<byte> source, int stride, Span<float> destination)
    {
        int width = Width;
        float scale = 1f / (_groupWide * _groupHigh);
        for (int y = 0; y < Height; y++)
        {
            // The row with what follows it in the plane, which the group sums may read past the row's end.
            for (int r = 0; r < _groupHigh; r++)
                GroupSums.Add(source[((y * _groupHigh + r) * stride)..], _groupWide, _groupSums, first: r == 0);
            GroupSums.Scale(_groupSums, destination.Slice(y * width, width), scale);
        }
    }
}
