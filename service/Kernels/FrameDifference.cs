using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>How different two model inputs are: decides whether a frame needs inference at all.</summary>
public static class FrameDifference
{
    /// <summary>The mean of |a − b| over two equally long tensors.</summary>
    public static float MeanAbsolute(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException("Tensors differ in length.", nameof(b));
        if (a.IsEmpty)
            return 0;
        float sum = Vector256.IsHardwareAccelerated ? SumAbsoluteVector256(a, b)
            : Vector128.IsHardwareAccelerated ? SumAbsoluteVector128(a, b)
            : SumAbsoluteScalar(a, b, 0);
        return sum / a.Length;
    }

    internal static float SumAbsoluteScalar(ReadOnlySpan<float> a, ReadOnlySpan<float> b, int start)
    {
        float sum = 0;
        for (int i = start; i < a.Length; i++)
            sum += MathF.Abs(a[i] - b[i]);
        return sum;
    }

    internal static float SumAbsoluteVector256(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        ref float pa = ref MemoryMarshal.GetReference(a);
        ref float pb = ref MemoryMarshal.GetReference(b);
        Vector256<float> sum = Vector256<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            sum += Vector256.Abs(Vector256.LoadUnsafe(ref pa, (nuint)i) - Vector256.LoadUnsafe(ref pb, (nuint)i));
        return Vector256.Sum(sum) + SumAbsoluteScalar(a, b, i);
    }

    internal static float SumAbsoluteVector128(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        ref float pa = ref MemoryMarshal.GetReference(a);
        ref float pb = ref MemoryMarshal.GetReference(b);
        Vector128<float> sum = Vector128<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector128<float>.Count; i += Vector128<float>.Count)
            sum += Vector128.Abs(Vector128.LoadUnsafe(ref pa, (nuint)i) - Vector128.LoadUnsafe(ref pb, (nuint)i));
        return Vector128.Sum(sum) + SumAbsoluteScalar(a, b, i);
    }
}
