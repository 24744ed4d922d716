using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// The horizontal half of the guided filter's four box sums, for one row and in one pass: the window sums
/// of the guide I, the mask p, I² and I·p, the products made as the samples are read (edges replicated). The
/// same sums, in the same order, as <see cref="WindowFilter"/>'s horizontal pass over each plane would give.
/// </summary>
internal static class GuidedSums
{
    /// <param name="paddedGuide">Row length + 2 · radius floats.</param>
    /// <param name="paddedMask">Row length + 2 · radius floats.</param>
    public static void HorizontalRow(ReadOnlySpan<float> guide, ReadOnlySpan<float> mask, Span<float> paddedGuide, Span<float> paddedMask,
        int radius, Span<float> sumGuide, Span<float> sumMask, Span<float> sumGuideSquared, Span<float> sumGuideMask)
    {
        int n = Prepare(guide, mask, paddedGuide, paddedMask, radius, sumGuide, sumMask, sumGuideSquared, sumGuideMask);
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float g = ref MemoryMarshal.GetReference(paddedGuide);
            ref float p = ref MemoryMarshal.GetReference(paddedMask);
            for (; x <= n - Vector256<float>.Count; x += Vector256<float>.Count)
            {
                Vector256<float> gk = Vector256.LoadUnsafe(ref g, (nuint)x);
                Vector256<float> pk = Vector256.LoadUnsafe(ref p, (nuint)x);
                Vector256<float> i = gk, m = pk, ii = gk * gk, im = gk * pk;
                for (int k = 1; k <= 2 * radius; k++)
                {
                    gk = Vector256.LoadUnsafe(ref g, (nuint)(x + k));
                    pk = Vector256.LoadUnsafe(ref p, (nuint)(x + k));
                    i += gk;
                    m += pk;
                    ii += gk * gk;
                    im += gk * pk;
                }
                i.StoreUnsafe(ref MemoryMarshal.GetReference(sumGuide), (nuint)x);
                m.StoreUnsafe(ref MemoryMarshal.GetReference(sumMask), (nuint)x);
                ii.StoreUnsafe(ref MemoryMarshal.GetReference(sumGuideSquared), (nuint)x);
                im.StoreUnsafe(ref MemoryMarshal.GetReference(sumGuideMask), (nuint)x);
            }
        }
        Sum(paddedGuide, paddedMask, radius, sumGuide, sumMask, sumGuideSquared, sumGuideMask, x, n);
    }

    internal static void HorizontalRowScalar(ReadOnlySpan<float> guide, ReadOnlySpan<float> mask, Span<float> paddedGuide, Span<float> paddedMask,
        int radius, Span<float> sumGuide, Span<float> sumMask, Span<float> sumGuideSquared, Span<float> sumGuideMask)
    {
        int n = Prepare(guide, mask, paddedGuide, paddedMask, radius, sumGuide, sumMask, sumGuideSquared, sumGuideMask);
        Sum(paddedGuide, paddedMask, radius, sumGuide, sumMask, sumGuideSquared, sumGuideMask, 0, n);
    }

    private static void Sum(ReadOnlySpan<float> g, ReadOnlySpan<float> p, int radius,
        Span<float> sumGuide, Span<float> sumMask, Span<float> sumGuideSquared, Span<float> sumGuideMask, int start, int end)
    {
        for (int x = start; x < end; x++)
        {
            float i = g[x], m = p[x], ii = g[x] * g[x], im = g[x] * p[x];
            for (int k = 1; k <= 2 * radius; k++)
            {
                float gk = g[x + k], pk = p[x + k];
                i += gk;
                m += pk;
                ii += gk * gk;
                im += gk * pk;
            }
            sumGuide[x] = i;
            sumMask[x] = m;
            sumGuideSquared[x] = ii;
            sumGuideMask[x] = im;
        }
    }

    private static int Prepare(ReadOnlySpan<float> guide, ReadOnlySpan<float> mask, Span<float> paddedGuide, Span<float> paddedMask, int radius,
        Span<float> sumGuide, Span<float> sumMask, Span<float> sumGuideSquared, Span<float> sumGuideMask)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        int n = guide.Length;
        if (n == 0 || mask.Length != n || paddedGuide.Length < n + 2 * radius || paddedMask.Length < n + 2 * radius
            || sumGuide.Length < n || sumMask.Length < n || sumGuideSquared.Length < n || sumGuideMask.Length < n)
            throw new ArgumentException("Rows differ in length.");
        WindowFilter.Pad(guide, paddedGuide, radius);
        WindowFilter.Pad(mask, paddedMask, radius);
        return n;
    }
}
