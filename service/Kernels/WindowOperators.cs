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

internal readonly struct MaxOperator : IWindowOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Combine(float a, float b) => Math.Max(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Combine(Vector256<float> a, Vector256<float> b) => Vector256.Max(a, b);
}

internal readonly struct MinOperator : IWindowOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Combine(float a, float b) => Math.Min(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Combine(Vector256<float> a, Vector256<float> b) => Vector256.Min(a, b);
}
