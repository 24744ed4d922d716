using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>Element-wise operations on low-resolution float planes (masks, coefficients, cell sums).</summary>
internal static class MaskOperations
{
    /// <summary>Exponential moving average in place: state = input + keep · (state − input).</summary>
    public static void Smooth(Span<float> state, ReadOnlySpan<float> input, float keep)
    {
        CheckLength(state.Length, input.Length);
        int n = input.Length;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float s = ref MemoryMarshal.GetReference(state);
            ref float x = ref MemoryMarshal.GetReference(input);
            Vector256<float> k = Vector256.Create(keep);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> value = Vector256.LoadUnsafe(ref x, (nuint)i);
                (value + k * (Vector256.LoadUnsafe(ref s, (nuint)i) - value)).StoreUnsafe(ref s, (nuint)i);
            }
        }
        SmoothScalar(state[i..], input[i..], keep);
    }

    internal static void SmoothScalar(Span<float> state, ReadOnlySpan<float> input, float keep)
    {
        for (int i = 0; i < input.Length; i++)
            state[i] = input[i] + keep * (state[i] - input[i]);
    }

    /// <summary>
    /// Soft step: 0 below <paramref name="low"/>, 1 above low + 1/<paramref name="inverseWidth"/>, smoothstep
    /// (3t² − 2t³) in between.
    /// </summary>
    public static void SoftThreshold(ReadOnlySpan<float> source, Span<float> destination, float low, float inverseWidth)
    {
        CheckLength(destination.Length, source.Length);
        int n = source.Length;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float src = ref MemoryMarshal.GetReference(source);
            ref float dst = ref MemoryMarshal.GetReference(destination);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> t = (Vector256.LoadUnsafe(ref src, (nuint)i) - Vector256.Create(low)) * Vector256.Create(inverseWidth);
                t = Vector256.MinNative(Vector256.MaxNative(t, Vector256<float>.Zero), Vector256<float>.One);
                (t * t * (Vector256.Create(3f) - Vector256.Create(2f) * t)).StoreUnsafe(ref dst, (nuint)i);
            }
        }
        SoftThresholdScalar(source[i..], destination[i..], low, inverseWidth);
    }

    internal static void SoftThresholdScalar(ReadOnlySpan<float> source, Span<float> destination, float low, float inverseWidth)
    {
        for (int i = 0; i < source.Length; i++)
        {
            float t = Math.Min(Math.Max((source[i] - low) * inverseWidth, 0f), 1f);
            destination[i] = t * t * (3f - 2f * t);
        }
    }

    /// <summary>dst = clamp(scale · (a · x + b), 0, 1): a linear model evaluated and brought to a unit range.</summary>
    public static void LinearUnit(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> x, Span<float> destination, float scale)
    {
        CheckLength(b.Length, a.Length);
        CheckLength(x.Length, a.Length);
        CheckLength(destination.Length, a.Length);
        int n = a.Length;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float ra = ref MemoryMarshal.GetReference(a);
            ref float rb = ref MemoryMarshal.GetReference(b);
            ref float rx = ref MemoryMarshal.GetReference(x);
            ref float dst = ref MemoryMarshal.GetReference(destination);
            Vector256<float> s = Vector256.Create(scale);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> value = s * (Vector256.LoadUnsafe(ref ra, (nuint)i) * Vector256.LoadUnsafe(ref rx, (nuint)i) + Vector256.LoadUnsafe(ref rb, (nuint)i));
                Vector256.MinNative(Vector256.MaxNative(value, Vector256<float>.Zero), Vector256<float>.One).StoreUnsafe(ref dst, (nuint)i);
            }
        }
        LinearUnitScalar(a[i..n], b[i..n], x[i..n], destination[i..n], scale);
    }

    internal static void LinearUnitScalar(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> x, Span<float> destination, float scale)
    {
        for (int i = 0; i < a.Length; i++)
            destination[i] = Math.Min(Math.Max(scale * (a[i] * x[i] + b[i]), 0f), 1f);
    }

    /// <summary>values += offset.</summary>
    public static void Add(Span<float> values, float offset)
    {
        int n = values.Length;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float v = ref MemoryMarshal.GetReference(values);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
                (Vector256.LoadUnsafe(ref v, (nuint)i) + Vector256.Create(offset)).StoreUnsafe(ref v, (nuint)i);
        }
        AddScalar(values[i..], offset);
    }

    internal static void AddScalar(Span<float> values, float offset)
    {
        for (int i = 0; i < values.Length; i++)
            values[i] += offset;
    }

    /// <summary>destination = source · factor.</summary>
    public static void Scale(ReadOnlySpan<float> source, Span<float> destination, float factor)
    {
        CheckLength(destination.Length, source.Length);
        int n = source.Length;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float src = ref MemoryMarshal.GetReference(source);
            ref float dst = ref MemoryMarshal.GetReference(destination);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
                (Vector256.LoadUnsafe(ref src, (nuint)i) * Vector256.Create(factor)).StoreUnsafe(ref dst, (nuint)i);
        }
        ScaleScalar(source[i..], destination[i..], factor);
    }

    internal static void ScaleScalar(ReadOnlySpan<float> source, Span<float> destination, float factor)
    {
        for (int i = 0; i < source.Length; i++)
            destination[i] = source[i] * factor;
    }

    private static void CheckLength(int actual, int required)
    {
        if (actual < required)
            throw new ArgumentException($"Buffer of {actual} elements, needs {required}.");
    }
}
