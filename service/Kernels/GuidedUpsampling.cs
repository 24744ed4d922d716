using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// The full-resolution step of the fast guided filter for one row: the coefficients a and b, already
/// upsampled along the row, are blended between the two nearest low-resolution rows, and
/// alpha = a · I + b, rounded and clamped to [0, 255]. A few vector operations per pixel.
/// </summary>
internal static class GuidedUpsampling
{
    public static void ApplyRow(ReadOnlySpan<float> aTop, ReadOnlySpan<float> aBottom, ReadOnlySpan<float> bTop, ReadOnlySpan<float> bBottom,
        float topWeight, float bottomWeight, ReadOnlySpan<byte> guide, Span<byte> alpha)
    {
        int n = Check(aTop, aBottom, bTop, bBottom, guide, alpha);
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float at = ref MemoryMarshal.GetReference(aTop);
            ref float ab = ref MemoryMarshal.GetReference(aBottom);
            ref float bt = ref MemoryMarshal.GetReference(bTop);
            ref float bb = ref MemoryMarshal.GetReference(bBottom);
            ref byte g = ref MemoryMarshal.GetReference(guide);
            ref byte dst = ref MemoryMarshal.GetReference(alpha);
            Vector256<float> wt = Vector256.Create(topWeight);
            Vector256<float> wb = Vector256.Create(bottomWeight);
            for (; x <= n - Simd.BytesPerBlock; x += Simd.BytesPerBlock)
            {
                (Vector256<float> g0, Vector256<float> g1, Vector256<float> g2, Vector256<float> g3) =
                    Simd.WidenToSingle(Vector256.LoadUnsafe(ref g, (nuint)x));
                Simd.NarrowToBytes(
                    Pixel(ref at, ref ab, ref bt, ref bb, wt, wb, g0, (nuint)x),
                    Pixel(ref at, ref ab, ref bt, ref bb, wt, wb, g1, (nuint)x + 8),
                    Pixel(ref at, ref ab, ref bt, ref bb, wt, wb, g2, (nuint)x + 16),
                    Pixel(ref at, ref ab, ref bt, ref bb, wt, wb, g3, (nuint)x + 24)).StoreUnsafe(ref dst, (nuint)x);
            }
        }
        ApplyRowScalar(aTop[x..], aBottom[x..], bTop[x..], bBottom[x..], topWeight, bottomWeight, guide[x..n], alpha[x..]);
    }

    internal static void ApplyRowScalar(ReadOnlySpan<float> aTop, ReadOnlySpan<float> aBottom, ReadOnlySpan<float> bTop, ReadOnlySpan<float> bBottom,
        float topWeight, float bottomWeight, ReadOnlySpan<byte> guide, Span<byte> alpha)
    {
        int n = Check(aTop, aBottom, bTop, bBottom, guide, alpha);
        for (int x = 0; x < n; x++)
        {
            float a = topWeight * aTop[x] + bottomWeight * aBottom[x];
            float b = topWeight * bTop[x] + bottomWeight * bBottom[x];
            alpha[x] = Simd.RoundToByte(a * guide[x] + b);
        }
    }

    private static Vector256<int> Pixel(ref float aTop, ref float aBottom, ref float bTop, ref float bBottom,
        Vector256<float> topWeight, Vector256<float> bottomWeight, Vector256<float> guide, nuint at)
    {
        Vector256<float> a = topWeight * Vector256.LoadUnsafe(ref aTop, at) + bottomWeight * Vector256.LoadUnsafe(ref aBottom, at);
        Vector256<float> b = topWeight * Vector256.LoadUnsafe(ref bTop, at) + bottomWeight * Vector256.LoadUnsafe(ref bBottom, at);
        return Simd.RoundToByteRange(a * guide + b);
    }

    private static int Check(ReadOnlySpan<float> aTop, ReadOnlySpan<float> aBottom, ReadOnlySpan<float> bTop, ReadOnlySpan<float> bBottom,
        ReadOnlySpan<byte> guide, Span<byte> alpha)
    {
        int n = guide.Length;
        if (aTop.Length < n || aBottom.Length < n || bTop.Length < n || bBottom.Length < n || alpha.Length < n)
            throw new ArgumentException("Rows differ in length.");
        return n;
    }
}
