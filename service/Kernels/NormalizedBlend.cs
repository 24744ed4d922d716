using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// The full-resolution end of normalized convolution, fused with the blend, for one row: the background is
/// the weighted sums over the weights, each blended between the two nearest cell rows,
/// bg = round(clamp((t·sumTop + b·sumBottom) / (t·weightTop + b·weightBottom), 0, 255)), and the row becomes
/// bg + α·(row − bg) as in <see cref="Blend"/>. Blocks that are all person are skipped.
/// </summary>
internal static class NormalizedBlend
{
    public static void Row(ReadOnlySpan<float> sumTop, ReadOnlySpan<float> sumBottom, ReadOnlySpan<float> weightTop, ReadOnlySpan<float> weightBottom,
        float topWeight, float bottomWeight, Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = Check(sumTop, sumBottom, weightTop, weightBottom, row, alpha);
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float st = ref MemoryMarshal.GetReference(sumTop);
            ref float sb = ref MemoryMarshal.GetReference(sumBottom);
            ref float wt = ref MemoryMarshal.GetReference(weightTop);
            ref float wb = ref MemoryMarshal.GetReference(weightBottom);
            ref byte a = ref MemoryMarshal.GetReference(alpha);
            ref byte p = ref MemoryMarshal.GetReference(row);
            Vector256<float> t = Vector256.Create(topWeight);
            Vector256<float> b = Vector256.Create(bottomWeight);
            for (; x <= n - Simd.BytesPerBlock; x += Simd.BytesPerBlock)
            {
                nuint at = (nuint)x;
                Vector256<byte> opacity = Vector256.LoadUnsafe(ref a, at);
                if (Vector256.EqualsAll(opacity, Vector256<byte>.AllBitsSet))
                    continue;
                Vector256<byte> background = Simd.NarrowToBytes(
                    Ratio(ref st, ref sb, ref wt, ref wb, t, b, at),
                    Ratio(ref st, ref sb, ref wt, ref wb, t, b, at + 8),
                    Ratio(ref st, ref sb, ref wt, ref wb, t, b, at + 16),
                    Ratio(ref st, ref sb, ref wt, ref wb, t, b, at + 24));
                if (Vector256.EqualsAll(opacity, Vector256<byte>.Zero))
                {
                    background.StoreUnsafe(ref p, at);
                    continue;
                }
                (Vector256<ushort> f0, Vector256<ushort> f1) = Vector256.Widen(Vector256.LoadUnsafe(ref p, at));
                (Vector256<ushort> b0, Vector256<ushort> b1) = Vector256.Widen(background);
                (Vector256<ushort> a0, Vector256<ushort> a1) = Vector256.Widen(opacity);
                Vector256.Narrow(Blend.Mix(f0, b0, a0), Blend.Mix(f1, b1, a1)).StoreUnsafe(ref p, at);
            }
        }
        RowScalar(sumTop[x..n], sumBottom[x..n], weightTop[x..n], weightBottom[x..n], topWeight, bottomWeight, row[x..n], alpha[x..n]);
    }

    internal static void RowScalar(ReadOnlySpan<float> sumTop, ReadOnlySpan<float> sumBottom, ReadOnlySpan<float> weightTop, ReadOnlySpan<float> weightBottom,
        float topWeight, float bottomWeight, Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = Check(sumTop, sumBottom, weightTop, weightBottom, row, alpha);
        for (int x = 0; x < n; x++)
        {
            float sum = topWeight * sumTop[x] + bottomWeight * sumBottom[x];
            float weight = topWeight * weightTop[x] + bottomWeight * weightBottom[x];
            row[x] = Blend.Mix(row[x], Simd.RoundToByte(sum / weight), alpha[x]);
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
        Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = alpha.Length;
        if (sumTop.Length < n || sumBottom.Length < n || weightTop.Length < n || weightBottom.Length < n || row.Length < n)
            throw new ArgumentException("Rows differ in length.");
        return n;
    }
}
