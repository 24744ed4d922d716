using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Finds where the guided filter's output is certainly 0 or 255 whatever the guide: a coefficient pair
/// (a, b) gives alpha = a·Y + b for Y in [0, 255], and a bilinear blend of pairs that are all below 0 (or
/// all above 255) is too, so the full-resolution pixels between four such pairs need no arithmetic. Half a
/// level of margin beyond 0 and 255 absorbs the fixed-point rendering's rounding (<see cref="GuidedUpsampling"/>).
/// </summary>
internal static class FlatCoefficients
{
    public const byte Mixed = 0;
    public const byte Transparent = 1;
    public const byte Opaque = 2;

    private const float Low = -0.5f;
    private const float High = 255.5f;

    /// <summary>The class of each coefficient pair: <see cref="Transparent"/>, <see cref="Opaque"/> or <see cref="Mixed"/>.</summary>
    public static void Classify(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<byte> classes)
    {
        int n = a.Length;
        if (b.Length < n || classes.Length < n)
            throw new ArgumentException("Planes differ in size.");
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float ra = ref MemoryMarshal.GetReference(a);
            ref float rb = ref MemoryMarshal.GetReference(b);
            for (; i <= n - Simd.BytesPerBlock; i += Simd.BytesPerBlock)
            {
                nuint at = (nuint)i;
                Simd.NarrowToBytes(
                    Classify(ref ra, ref rb, at), Classify(ref ra, ref rb, at + 8),
                    Classify(ref ra, ref rb, at + 16), Classify(ref ra, ref rb, at + 24)).StoreUnsafe(ref MemoryMarshal.GetReference(classes), at);
            }
        }
        ClassifyScalar(a[i..n], b[i..n], classes[i..n]);
    }

    private static Vector256<int> Classify(ref float a, ref float b, nuint at)
    {
        Vector256<float> atBlack = Vector256.LoadUnsafe(ref b, at);
        Vector256<float> atWhite = Vector256.LoadUnsafe(ref a, at) * Vector256.Create(255f) + atBlack;
        Vector256<int> transparent = Vector256.LessThan(Vector256.MaxNative(atBlack, atWhite), Vector256.Create(Low)).AsInt32();
        Vector256<int> opaque = Vector256.GreaterThan(Vector256.MinNative(atBlack, atWhite), Vector256.Create(High)).AsInt32();
        return (transparent & Vector256.Create((int)Transparent)) | (opaque & Vector256.Create((int)Opaque));
    }

    internal static void ClassifyScalar(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<byte> classes)
    {
        for (int i = 0; i < a.Length; i++)
        {
            float atBlack = b[i];
            float atWhite = a[i] * 255f + atBlack;
            classes[i] = Math.Max(atBlack, atWhite) < Low ? Transparent
                : Math.Min(atBlack, atWhite) > High ? Opaque
                : Mixed;
        }
    }

    /// <summary>
    /// The class of each interval between columns i and i + 1 of two coefficient rows: flat only when all four
    /// corners agree. A row of one column has one interval.
    /// </summary>
    public static void Intervals(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> intervals)
    {
        int width = top.Length;
        if (bottom.Length < width || intervals.Length < Math.Max(width - 1, 1))
            throw new ArgumentException("Rows differ in length.");
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte t = ref MemoryMarshal.GetReference(top);
            ref byte b = ref MemoryMarshal.GetReference(bottom);
            // Mixed is 0: keeping a corner's class only where all four agree gives Mixed elsewhere.
            for (; i <= width - 1 - Simd.BytesPerBlock; i += Simd.BytesPerBlock)
            {
                Vector256<byte> corner = Vector256.LoadUnsafe(ref t, (nuint)i);
                Vector256<byte> agree = Vector256.Equals(corner, Vector256.LoadUnsafe(ref t, (nuint)i + 1))
                    & Vector256.Equals(corner, Vector256.LoadUnsafe(ref b, (nuint)i))
                    & Vector256.Equals(corner, Vector256.LoadUnsafe(ref b, (nuint)i + 1));
                (corner & agree).StoreUnsafe(ref MemoryMarshal.GetReference(intervals), (nuint)i);
            }
        }
        IntervalsScalar(top, bottom, intervals, i);
    }

    internal static void IntervalsScalar(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> intervals, int start = 0)
    {
        int width = top.Length;
        if (width == 1)
        {
            intervals[0] = top[0] == bottom[0] ? top[0] : Mixed;
            return;
        }
        for (int i = start; i < width - 1; i++)
        {
            byte c = top[i];
            intervals[i] = c == top[i + 1] && c == bottom[i] && c == bottom[i + 1] ? c : Mixed;
        }
    }
}
