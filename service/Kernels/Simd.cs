using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>Conversions between 32 bytes and four vectors of 8 floats or ints, shared by the kernels.</summary>
internal static class Simd
{
    public const int BytesPerBlock = 32;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<int> A, Vector256<int> B, Vector256<int> C, Vector256<int> D) WidenToInt32(Vector256<byte> bytes)
    {
        (Vector256<ushort> low, Vector256<ushort> high) = Vector256.Widen(bytes);
        (Vector256<uint> a, Vector256<uint> b) = Vector256.Widen(low);
        (Vector256<uint> c, Vector256<uint> d) = Vector256.Widen(high);
        return (a.AsInt32(), b.AsInt32(), c.AsInt32(), d.AsInt32());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<float> A, Vector256<float> B, Vector256<float> C, Vector256<float> D) WidenToSingle(Vector256<byte> bytes)
    {
        (Vector256<int> a, Vector256<int> b, Vector256<int> c, Vector256<int> d) = WidenToInt32(bytes);
        return (Vector256.ConvertToSingle(a), Vector256.ConvertToSingle(b), Vector256.ConvertToSingle(c), Vector256.ConvertToSingle(d));
    }

    /// <summary>Packs four vectors of ints already in [0, 255] into 32 bytes, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> NarrowToBytes(Vector256<int> a, Vector256<int> b, Vector256<int> c, Vector256<int> d) =>
        Vector256.Narrow(
            Vector256.Narrow(a.AsUInt32(), b.AsUInt32()),
            Vector256.Narrow(c.AsUInt32(), d.AsUInt32()));

    /// <summary>Clamps to [0, 255] and rounds half up: the same as <see cref="RoundToByte(float)"/> per lane.</summary>
    /// <remarks>
    /// The native min, max and conversion are one instruction each; the portable ones add fix-ups for NaN,
    /// signed zeros and out-of-range values, none of which can reach the conversion here (a NaN becomes 0 as
    /// in the scalar twin: the x86 max returns its second operand when the first is NaN).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> RoundToByteRange(Vector256<float> value) =>
        Vector256.ConvertToInt32Native(Vector256.MinNative(Vector256.MaxNative(value, Vector256<float>.Zero), Vector256.Create(255f))
            + Vector256.Create(0.5f));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte RoundToByte(float value) => (byte)(int)(Math.Min(Math.Max(value, 0f), 255f) + 0.5f);

    /// <summary>
    /// Packs 32 values in [0, 255] (saturating outside) into bytes, in order: the pack works per 128-bit lane,
    /// the permute puts the lanes back. Two instructions where a narrowing conversion takes four.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> PackToBytes(Vector256<short> low, Vector256<short> high) =>
        Avx2.Permute4x64(Avx2.PackUnsignedSaturate(low, high).AsUInt64(), 0b11_01_10_00).AsByte();

    /// <summary>A weight in [0, 1] as Q15, for pmulhrsw (1 is taken as the largest Q15 value, 32767/32768).</summary>
    public static short ToQ15(float weight) => (short)Math.Clamp((int)MathF.Round(weight * 32768f), 0, short.MaxValue);
}
