using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>How different two model inputs are: decides whether a frame needs inference at all.</summary>
public static class FrameDifference
{
    /// <summary>Values summed between looks at the running total: a frame that moved is told after the first few.</summary>
    internal const int ChunkLength = 4096;

    /// <summary>
    /// Whether the mean of |a − b| over two equally long tensors is below <paramref name="threshold"/>. Stops as
    /// soon as the sum so far reaches threshold · length (the terms are never negative, so the sum only grows):
    /// for a camera that moves, that is within the first chunk.
    /// </summary>
    public static bool MeanAbsoluteIsBelow(ReadOnlySpan<float> a, ReadOnlySpan<float> b, float threshold)
    {
        if (a.Length != b.Length)
            throw new ArgumentException("Tensors differ in length.", nameof(b));
        float budget = threshold * a.Length;
        float sum = Vector256.IsHardwareAccelerated ? SumAbsoluteVector256(a, b, budget)
            : Vector128.IsHardwareAccelerated ? SumAbsoluteVector128(a, b, budget)
            : SumAbsoluteScalar(a, b, 0, budget);
        return a.IsEmpty ? threshold > 0 : sum < budget;
    }

    /// <summary>Σ |a − b| from <paramref name="start"/>, or a partial sum of at least <paramref name="budget"/>.</summary>
    internal static float SumAbsoluteScalar(ReadOnlySpan<float> a, ReadOnlySpan<float> b, int start, float budget = float.PositiveInfinity)
    {
        float sum = 0;
        for (int i = start; i < a.Length; i++)
        {
            sum += MathF.Abs(a[i] - b[i]);
            if ((i - start) % ChunkLength == ChunkLength - 1 && sum >= budget)
                break;
        }
        return sum;
    }

    internal static float SumAbsoluteVector256(ReadOnlySpan<float> a, ReadOnlySpan<float> b, float budget = float.PositiveInfinity)
    {
        ref float pa = ref MemoryMarshal.GetReference(a);
        ref float pb = ref MemoryMarshal.GetReference(b);
        Vector256<float> sum = Vector256<float>.Zero;
        int i = 0;
        while (i <= a.Length - Vector256<float>.Count)
        {
            int end = Math.Min(a.Length, i + ChunkLength) - Vector256<float>.Count;
            for (; i <= end; i += Vector256<float>.Count)
                sum += Vector256.Abs(Vector256.LoadUnsafe(ref pa, (nuint)i) - Vector256.LoadUnsafe(ref pb, (nuint)i));
            if (Vector256.Sum(sum) >= budget)
                return Vector256.Sum(sum);
        }
        return Vector256.Sum(sum) + SumAbsoluteScalar(a, b, i);
    }

    internal static float SumAbsoluteVector128(ReadOnlySpan<float> a, ReadOnlySpan<float> b, float budget = float.PositiveInfinity)
    {
        ref float pa = ref MemoryMarshal.GetReference(a);
        ref float pb = ref MemoryMarshal.GetReference(b);
        Vector128<float> sum = Vector128<float>.Zero;
        int i = 0;
        while (i <= a.Length - Vector128<float>.Count)
        {
            int end = Math.Min(a.Length, i + ChunkLength) - Vector128<float>.Count;
            for (; i <= end; i += Vector128<float>.Count)
                sum += Vector128.Abs(Vector128.LoadUnsafe(ref pa, (nuint)i) - Vector128.LoadUnsafe(ref pb, (nuint)i));
            if (Vector128.Sum(sum) >= budget)
                return Vector128.Sum(sum);
        }
        return Vector128.Sum(sum) + SumAbsoluteScalar(a, b, i);
    }
}
