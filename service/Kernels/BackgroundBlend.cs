using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Blends one row over a background given as two float rows to interpolate between:
/// bg = round(clamp(t·top + b·bottom, 0, 255)), then row = bg + α·(row − bg) as in <see cref="Blend"/>.
/// Blocks that are all person are skipped, blocks that are all background just take bg.
/// </summary>
internal static class BackgroundBlend
{
    public static void Row(ReadOnlySpan<float> top, ReadOnlySpan<float> bottom, float topWeight, float bottomWeight,
        Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = Check(top, bottom, row, alpha);
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float rt = ref MemoryMarshal.GetReference(top);
            ref float rb = ref MemoryMarshal.GetReference(bottom);
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
                    Interpolate(ref rt, ref rb, t, b, at),
                    Interpolate(ref rt, ref rb, t, b, at + 8),
                    Interpolate(ref rt, ref rb, t, b, at + 16),
                    Interpolate(ref rt, ref rb, t, b, at + 24));
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
        RowScalar(top[x..n], bottom[x..n], topWeight, bottomWeight, row[x..n], alpha[x..n]);
    }

    internal static void RowScalar(ReadOnlySpan<float> top, ReadOnlySpan<float> bottom, float topWeight, float bottomWeight,
        Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = Check(top, bottom, row, alpha);
        for (int x = 0; x < n; x++)
            row[x] = Blend.Mix(row[x], Simd.RoundToByte(topWeight * top[x] + bottomWeight * bottom[x]), alpha[x]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Interpolate(ref float top, ref float bottom, Vector256<float> topWeight, Vector256<float> bottomWeight, nuint at) =>
        Simd.RoundToByteRange(topWeight * Vector256.LoadUnsafe(ref top, at) + bottomWeight * Vector256.LoadUnsafe(ref bottom, at));

    private static int Check(ReadOnlySpan<float> top, ReadOnlySpan<float> bottom, Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = alpha.Length;
        if (top.Length < n || bottom.Length < n || row.Length < n)
            throw new ArgumentException("Rows differ in length.");
        return n;
    }
}
