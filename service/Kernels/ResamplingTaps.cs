namespace Fakecam.Daemon.Kernels;

/// <summary>
/// One axis of a resampling: destination pixel i is the weighted sum of <see cref="TapCount"/> consecutive
/// source pixels starting at <see cref="First"/>[i]. Shrinking uses area (box) weights, the overlap of each
/// source pixel with the destination pixel's footprint, so it does not alias at any factor, integer or not;
/// enlarging uses bilinear weights with pixel centres at half-integers. Edges are clamped.
/// </summary>
internal sealed class ResamplingTaps
{
    /// <summary>Destination pixels per block of <see cref="BlockStarts"/>: one vector of floats.</summary>
    public const int BlockSize = 8;

    private ResamplingTaps(int sourceSize, int destinationSize, int tapCount, int[] first, float[] weights)
    {
        SourceSize = sourceSize;
        DestinationSize = destinationSize;
        TapCount = tapCount;
        First = first;
        Weights = weights;
        BlockStarts = FindBlockStarts();
    }

    public int SourceSize { get; }

    public int DestinationSize { get; }

    public int TapCount { get; }

    /// <summary>First source index of each destination pixel; First[i] + TapCount never exceeds SourceSize.</summary>
    public int[] First { get; }

    /// <summary>Tap-major: the weight of tap k for destination pixel i is Weights[k * DestinationSize + i].</summary>
    public float[] Weights { get; }

    /// <summary>
    /// When enlarging, every block of 8 destination pixels reads from at most 8 consecutive source pixels:
    /// BlockStarts[b] is the first of them (at most SourceSize − 8), so a block is one load and a permute per
    /// tap. Null when some block reads from a wider span.
    /// </summary>
    public int[]? BlockStarts { get; }

    /// <summary>Maps the whole source onto the whole destination.</summary>
    public static ResamplingTaps Create(int sourceSize, int destinationSize) =>
        Create(sourceSize, 0, sourceSize, destinationSize);

    /// <summary>Bilinear weights (at most two taps) whatever the scale, for smooth fields such as masks.</summary>
    public static ResamplingTaps Bilinear(int sourceSize, double start, double length, int destinationSize) =>
        Create(sourceSize, start, length, destinationSize, bilinear: true);

    /// <summary>
    /// Maps the source interval [<paramref name="start"/>, start + <paramref name="length"/>) (in source pixels,
    /// possibly fractional, possibly reaching past the source, which is then clamped) onto the destination.
    /// </summary>
    public static ResamplingTaps Create(int sourceSize, double start, double length, int destinationSize, bool bilinear = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(destinationSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);

        double scale = length / destinationSize;
        var contributions = new List<(int Index, double Weight)>[destinationSize];
        int tapCount = 1;
        for (int i = 0; i < destinationSize; i++)
        {
            contributions[i] = scale >= 1.0 && !bilinear
                ? AreaContributions(sourceSize, start + i * scale, start + (i + 1) * scale)
                : BilinearContributions(sourceSize, start + (i + 0.5) * scale - 0.5);
            int span = contributions[i][^1].Index - contributions[i][0].Index + 1;
            tapCount = Math.Max(tapCount, span);
        }

        var first = new int[destinationSize];
        var weights = new float[tapCount * destinationSize];
        for (int i = 0; i < destinationSize; i++)
        {
            first[i] = Math.Min(contributions[i][0].Index, sourceSize - tapCount);
            foreach ((int index, double weight) in contributions[i])
                weights[(index - first[i]) * destinationSize + i] += (float)weight;
        }
        return new ResamplingTaps(sourceSize, destinationSize, tapCount, first, weights);
    }

    private int[]? FindBlockStarts()
    {
        if (SourceSize < BlockSize)
            return null;
        var starts = new int[DestinationSize / BlockSize];
        for (int block = 0; block < starts.Length; block++)
        {
            int from = First[block * BlockSize];
            int to = First[block * BlockSize + BlockSize - 1] + TapCount - 1;
            starts[block] = Math.Min(from, SourceSize - BlockSize);
            if (to - starts[block] >= BlockSize)
                return null;
        }
        return starts;
    }

    private static List<(int, double)> AreaContributions(int sourceSize, double from, double to)
    {
        var result = new List<(int, double)>();
        double total = to - from;
        for (int j = (int)Math.Floor(from); j < to; j++)
        {
            double overlap = Math.Min(to, j + 1) - Math.Max(from, j);
            if (overlap > 1e-9)
                Add(result, Math.Clamp(j, 0, sourceSize - 1), overlap / total);
        }
        return result;
    }

    private static List<(int, double)> BilinearContributions(int sourceSize, double centre)
    {
        var result = new List<(int, double)>();
        int left = (int)Math.Floor(centre);
        double fraction = centre - left;
        Add(result, Math.Clamp(left, 0, sourceSize - 1), 1.0 - fraction);
        Add(result, Math.Clamp(left + 1, 0, sourceSize - 1), fraction);
        return result;
    }

    private static void Add(List<(int Index, double Weight)> list, int index, double weight)
    {
        if (list.Count > 0 && list[^1].Index == index)
            list[^1] = (index, list[^1].Weight + weight);
        else
            list.Add((index, weight));
    }
}
