using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// The full-resolution end of normalized convolution for one row: the weighted sums and the weights,
/// each blended between the two nearest cell rows, divided and rounded to bytes:
/// dst = round(clamp((t·sumTop + b·sumBottom) / (t·weightTop + b·weightBottom), 0, 255)).
/// </summary>
internal static class WeightedRatio
{
    public static void ToBytes(ReadOnlySpan<float> sumTop, ReadOnlySpan<float> sumBottom, ReadOnlySpan<float> weightTop, ReadOnlySpan<float> weightBottom,
        float topWeight, float bottomWeight, Span<byte> destination)
    {
        int n = Check(sumTop, sumBottom, weightTop, weightBottom, destination);
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float st = ref MemoryMarshal.GetReference(sumTop);
            ref float sb = ref MemoryMarshal.GetReference(sumBottom);
            ref float wt = ref MemoryMarshal.GetReference(weightTop);
            ref float wb = ref MemoryMarshal.GetReference(weightBottom);
            Vector256<float> t = Vector256.Create(topWeight);
            Vector256<float> b = Vector256.Create(bottomWeight);
            for (; x <= n - Simd.BytesPerBlock; x += Simd.BytesPerBlock)
            {
                nuint at = (nuint)x;
                Simd.NarrowToBytes(
                    Ratio(ref st, ref sb, ref wt, ref wb, t, b, at),
                    Ratio(ref st, ref sb, ref wt, ref wb, t, b, at + 8),
                    Ratio(ref st, ref sb, ref wt, ref wb, t, b, at + 16),
                    Ratio(ref st, ref sb, ref wt, ref wb, t, b, at + 24)).StoreUnsafe(ref MemoryMarshal.GetReference(destination), at);
            }
        }
        ToBytesScalar(sumTop[x..n], sumBottom[x..n], weightTop[x..n], weightBottom[x..n], topWeight, bottomWeight, destination[x..n]);
    }

    internal static void ToBytesScalar(ReadOnlySpan<float> sumTop, ReadOnlySpan<float> sumBottom, ReadOnlySpan<float> weightTop, ReadOnlySpan<float> weightBottom,
        float topWeight, float bottomWeight, Span<byte> destination)
    {
        int n = Check(sumTop, sumBottom, weightTop, weightBottom, destination);
        for (int x = 0; x < n; x++)
        {
            float sum = topWeight * sumTop[x] + bottomWeight * sumBottom[x];
            float weight = topWeight * weightTop[x] + bottomWeight * weightBottom[x];
            destination[x] = Simd.RoundToByte(sum / weight);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Ratio(ref float sumTop, ref float sumBottom, ref float weightTop, ref float weightBottom,
        Vector256<float> topWeight, Vector256<float> bottomWeight, nuint at)
    {
        Vector256<float> sum = topWeight * Vector256.LoadUnsafe(ref sumTop, at) + bottomWeight * Vector256.LoadUnsafe(ref sumBottom, at);
        Vector256<float> weight = topWeight * Vector256.LoadUnsafe(ref weightTop, at) + bottomWeight * Vector256.LoadUnsafe(ref weightBottom, at);
        return Simd.RoundToByteRange(sum / weight);
    }

    private static int Check(ReadOnlySpan<float> sumTop, ReadOnlySpan<float> sumBottom, ReadOnlySpan<float> weightTop, ReadOnlySpan<float> weightBottom,
        Span<byte> destination)
    {
        int n = destination.Length;
        if (sumTop.Length < n || sumBottom.Length < n || weightTop.Length < n || weightBottom.Length < n)
            throw new ArgumentException("Rows differ in length.");
        return n;
    }
}
