using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// The per-pixel linear model of the guided filter (He, Sun, Tang): from the box means of the guide I, the
/// mask p, I·I and I·p, a = cov(I, p) / (var(I) + ε) and b = mean(p) − a · mean(I).
/// </summary>
internal static class GuidedCoefficients
{
    public static void Compute(ReadOnlySpan<float> meanGuide, ReadOnlySpan<float> meanMask, ReadOnlySpan<float> meanGuideSquared,
        ReadOnlySpan<float> meanGuideMask, float epsilon, Span<float> a, Span<float> b)
    {
        int n = Check(meanGuide, meanMask, meanGuideSquared, meanGuideMask, a, b);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float mi = ref MemoryMarshal.GetReference(meanGuide);
            ref float mp = ref MemoryMarshal.GetReference(meanMask);
            ref float mii = ref MemoryMarshal.GetReference(meanGuideSquared);
            ref float mip = ref MemoryMarshal.GetReference(meanGuideMask);
            ref float da = ref MemoryMarshal.GetReference(a);
            ref float db = ref MemoryMarshal.GetReference(b);
            Vector256<float> eps = Vector256.Create(epsilon);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                nuint at = (nuint)i;
                Vector256<float> guide = Vector256.LoadUnsafe(ref mi, at);
                Vector256<float> mask = Vector256.LoadUnsafe(ref mp, at);
                Vector256<float> variance = Vector256.LoadUnsafe(ref mii, at) - guide * guide;
                Vector256<float> covariance = Vector256.LoadUnsafe(ref mip, at) - guide * mask;
                Vector256<float> slope = covariance / (variance + eps);
                slope.StoreUnsafe(ref da, at);
                (mask - slope * guide).StoreUnsafe(ref db, at);
            }
        }
        ComputeScalar(meanGuide[i..], meanMask[i..], meanGuideSquared[i..], meanGuideMask[i..], epsilon, a[i..], b[i..]);
    }

    internal static void ComputeScalar(ReadOnlySpan<float> meanGuide, ReadOnlySpan<float> meanMask, ReadOnlySpan<float> meanGuideSquared,
        ReadOnlySpan<float> meanGuideMask, float epsilon, Span<float> a, Span<float> b)
    {
        int n = Check(meanGuide, meanMask, meanGuideSquared, meanGuideMask, a, b);
        for (int i = 0; i < n; i++)
        {
            float guide = meanGuide[i];
            float mask = meanMask[i];
            float variance = meanGuideSquared[i] - guide * guide;
            float covariance = meanGuideMask[i] - guide * mask;
            float slope = covariance / (variance + epsilon);
            a[i] = slope;
            b[i] = mask - slope * guide;
        }
    }

    private static int Check(ReadOnlySpan<float> meanGuide, ReadOnlySpan<float> meanMask, ReadOnlySpan<float> meanGuideSquared,
        ReadOnlySpan<float> meanGuideMask, Span<float> a, Span<float> b)
    {
        int n = meanGuide.Length;
        if (meanMask.Length < n || meanGuideSquared.Length < n || meanGuideMask.Length < n || a.Length < n || b.Length < n)
            throw new ArgumentException("Planes differ in size.");
        return n;
    }
}
