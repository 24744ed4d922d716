namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Resamples a plane of bytes into a tight plane of floats: rows first (the weighted sum of whole source
/// rows, vectorised), then each accumulated row along the horizontal taps. Buffers are allocated once.
/// </summary>
internal sealed class PlaneResampler
{
    private readonly ResamplingTaps _horizontal;
    private readonly ResamplingTaps _vertical;
    private readonly float[] _row;

    public PlaneResampler(ResamplingTaps horizontal, ResamplingTaps vertical)
    {
        _horizontal = horizontal;
        _vertical = vertical;
        _row = new float[horizontal.SourceSize];
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
        int height = Height;
        for (int y = 0; y < height; y++)
        {
            int firstRow = _vertical.First[y];
            for (int k = 0; k < _vertical.TapCount; k++)
            {
                ReadOnlySpan<byte> row = source.Slice((firstRow + k) * stride, sourceWidth);
                WeightedRows.Accumulate(row, _vertical.Weights[k * height + y], _row, first: k == 0);
            }
            RowResampler.Resample(_row, _horizontal, destination.Slice(y * Width, Width));
        }
    }
}
