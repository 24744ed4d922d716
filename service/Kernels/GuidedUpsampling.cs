using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// The full-resolution step of the fast guided filter for one row, in 16-bit fixed point: the coefficients a
/// and b, already upsampled along the row and quantized (<see cref="RowResampler.ResampleToFixedPoint"/> with
/// <see cref="SlopeScale"/> and <see cref="OffsetScale"/>), are blended between the two
/// nearest low-resolution rows, and alpha = a · I + b, rounded and clamped to [0, 255]. Sixteen pixels take
/// a handful of rounding multiplies (pmulhrsw) and saturating adds; the result is within one level of the
/// same formula in floats.
/// </summary>
internal static class GuidedUpsampling
{
    /// <summary>a is kept as a · 2^12: the guided filter's slopes stay within ±8 alpha levels per guide level.</summary>
    public const float SlopeScale = 1 << 12;

    /// <summary>b, and a · I + b, are kept as value · 2^3: ±4095 levels covers every offset that can meet a slope.</summary>
    public const float OffsetScale = 1 << OffsetFractionBits;

    private const int OffsetFractionBits = 3;

    /// <summary>The guide is shifted so that pmulhrsw(a, I · 2^6) = a · I · 2^3, the offset's scale.</summary>
    private const int GuideShift = 6;

    public static void ApplyRow(ReadOnlySpan<short> aTop, ReadOnlySpan<short> aBottom, ReadOnlySpan<short> bTop, ReadOnlySpan<short> bBottom,
        short topWeight, short bottomWeight, ReadOnlySpan<byte> guide, Span<byte> alpha)
    {
        int n = Check(aTop, aBottom, bTop, bBottom, guide, alpha);
        int x = 0;
        if (Avx2.IsSupported)
        {
            ref short at = ref MemoryMarshal.GetReference(aTop);
            ref short ab = ref MemoryMarshal.GetReference(aBottom);
            ref short bt = ref MemoryMarshal.GetReference(bTop);
            ref short bb = ref MemoryMarshal.GetReference(bBottom);
            ref byte g = ref MemoryMarshal.GetReference(guide);
            ref byte dst = ref MemoryMarshal.GetReference(alpha);
            Vector256<short> wt = Vector256.Create(topWeight);
            Vector256<short> wb = Vector256.Create(bottomWeight);
            for (; x <= n - Simd.BytesPerBlock; x += Simd.BytesPerBlock)
            {
                Vector256<short> low = Pixels(ref at, ref ab, ref bt, ref bb, wt, wb, ref g, (nuint)x);
                Vector256<short> high = Pixels(ref at, ref ab, ref bt, ref bb, wt, wb, ref g, (nuint)x + 16);
                Simd.PackToBytes(low, high).StoreUnsafe(ref dst, (nuint)x);
            }
        }
        ApplyRowScalar(aTop[x..], aBottom[x..], bTop[x..], bBottom[x..], topWeight, bottomWeight, guide[x..n], alpha[x..]);
    }

    internal static void ApplyRowScalar(ReadOnlySpan<short> aTop, ReadOnlySpan<short> aBottom, ReadOnlySpan<short> bTop, ReadOnlySpan<short> bBottom,
        short topWeight, short bottomWeight, ReadOnlySpan<byte> guide, Span<byte> alpha)
    {
        int n = Check(aTop, aBottom, bTop, bBottom, guide, alpha);
        for (int x = 0; x < n; x++)
        {
            int a = AddSaturate(MultiplyHighRound(aTop[x], topWeight), MultiplyHighRound(aBottom[x], bottomWeight));
            int b = AddSaturate(MultiplyHighRound(bTop[x], topWeight), MultiplyHighRound(bBottom[x], bottomWeight));
            int sum = AddSaturate(AddSaturate(MultiplyHighRound(a, guide[x] << GuideShift), b), 1 << (OffsetFractionBits - 1));
            alpha[x] = (byte)Math.Clamp(sum >> OffsetFractionBits, 0, 255);
        }
    }

    /// <summary>Sixteen alphas, as shorts not yet clamped to a byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> Pixels(ref short aTop, ref short aBottom, ref short bTop, ref short bBottom,
        Vector256<short> topWeight, Vector256<short> bottomWeight, ref byte guide, nuint at)
    {
        Vector256<short> a = Avx2.AddSaturate(Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref aTop, at), topWeight),
            Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref aBottom, at), bottomWeight));
        Vector256<short> b = Avx2.AddSaturate(Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref bTop, at), topWeight),
            Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref bBottom, at), bottomWeight));
        Vector256<short> i = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref guide, at)) << GuideShift;
        Vector256<short> sum = Avx2.AddSaturate(Avx2.AddSaturate(Avx2.MultiplyHighRoundScale(a, i), b),
            Vector256.Create((short)(1 << (OffsetFractionBits - 1))));
        return sum >> OffsetFractionBits;
    }

    /// <summary>pmulhrsw: (x · y + 2^14) >> 15.</summary>
    private static int MultiplyHighRound(int x, int y) => (x * y + (1 << 14)) >> 15;

    private static int AddSaturate(int x, int y) => Math.Clamp(x + y, short.MinValue, short.MaxValue);

    private static int Check(ReadOnlySpan<short> aTop, ReadOnlySpan<short> aBottom, ReadOnlySpan<short> bTop, ReadOnlySpan<short> bBottom,
        ReadOnlySpan<byte> guide, Span<byte> alpha)
    {
        int n = guide.Length;
        if (aTop.Length < n || aBottom.Length < n || bTop.Length < n || bBottom.Length < n || alpha.Length < n)
            throw new ArgumentException("Rows differ in length.");
        return n;
    }
}
