using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>How a sliding window combines its samples (sum for a box mean, max to dilate, min to erode).</summary>
internal interface IWindowOperator
{
    static abstract float Combine(float a, float b);

    static abstract Vector256<float> Combine(Vector256<float> a, Vector256<float> b);
}

internal readonly struct SumOperator : IWindowOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Combine(float a, float b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Combine(Vector256<float> a, Vector256<float> b) => a + b;
}

/// <remarks>
/// The native max and min (one instruction; like the scalar "a &gt; b ? a : b", they differ from IEEE's only for
/// NaN and the sign of zero, which masks do not hold), so that both versions agree.
/// </remarks>
internal readonly struct MaxOperator : IWindowOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Combine(float a, float b) => a > b ? a : b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Combine(Vector256<float> a, Vector256<float> b) => Vector256.MaxNative(a, b);
}

/// <inheritdoc cref="MaxOperator"/>
internal readonly struct MinOperator : IWindowOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Combine(float a, float b) => a < b ? a : b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Combine(Vector256<float> a, Vector256<float> b) => Vector256.MinNative(a, b);
}
