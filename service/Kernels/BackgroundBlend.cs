using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Blends one row over a background given as two rows to interpolate between, in 16-bit fixed point: the
/// rows hold value · 2^<see cref="FractionBits"/>, bg = top + (bottom − top) · w (w in Q15, rounded as
/// pmulhrsw rounds), rounded to a byte, then row = bg + α·(row − bg) as in <see cref="Blend"/>. Blocks that are
/// all person are skipped, blocks that are all background just take bg.
/// </summary>
internal static class BackgroundBlend
{
    public const int FractionBits = 7;

    /// <summary>The largest fixed-point value: 255 · 2^7.</summary>
    public const short MaxValue = 255 << FractionBits;

    public static void Row(ReadOnlySpan<short> top, ReadOnlySpan<short> bottom, short bottomWeight, Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = Check(top, bottom, row, alpha);
        int x = 0;
        if (Avx2.IsSupported)
        {
            ref short rt = ref MemoryMarshal.GetReference(top);
            ref short rb = ref MemoryMarshal.GetReference(bottom);
            ref byte a = ref MemoryMarshal.GetReference(alpha);
            ref byte p = ref MemoryMarshal.GetReference(row);
            Vector256<short> w = Vector256.Create(bottomWeight);
            for (; x <= n - Simd.BytesPerBlock; x += Simd.BytesPerBlock)
            {
                nuint at = (nuint)x;
                Vector256<byte> opacity = Vector256.LoadUnsafe(ref a, at);
                if (Vector256.EqualsAll(opacity, Vector256<byte>.AllBitsSet))
                    continue;
                Vector256<ushort> b0 = Interpolate(ref rt, ref rb, w, at);
                Vector256<ushort> b1 = Interpolate(ref rt, ref rb, w, at + 16);
                if (Vector256.EqualsAll(opacity, Vector256<byte>.Zero))
                {
                    Simd.PackToBytes(b0.AsInt16(), b1.AsInt16()).StoreUnsafe(ref p, at);
                    continue;
                }
                (Vector256<ushort> f0, Vector256<ushort> f1) = Vector256.Widen(Vector256.LoadUnsafe(ref p, at));
                (Vector256<ushort> a0, Vector256<ushort> a1) = Vector256.Widen(opacity);
                Simd.PackToBytes(Blend.Mix(f0, b0, a0).AsInt16(), Blend.Mix(f1, b1, a1).AsInt16()).StoreUnsafe(ref p, at);
            }
        }
        RowScalar(top[x..n], bottom[x..n], bottomWeight, row[x..n], alpha[x..n]);
    }

    internal static void RowScalar(ReadOnlySpan<short> top, ReadOnlySpan<short> bottom, short bottomWeight, Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = Check(top, bottom, row, alpha);
        for (int x = 0; x < n; x++)
        {
            int background = top[x] + ((bottom[x] - top[x]) * bottomWeight + (1 << 14) >> 15);
            row[x] = Blend.Mix(row[x], (background + (1 << (FractionBits - 1))) >> FractionBits, alpha[x]);
        }
    }

    /// <summary>Sixteen background bytes (as ushorts) from the two fixed-point rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Interpolate(ref short top, ref short bottom, Vector256<short> bottomWeight, nuint at)
    {
        Vector256<short> t = Vector256.LoadUnsafe(ref top, at);
        Vector256<short> value = t + Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref bottom, at) - t, bottomWeight);
        return ((value + Vector256.Create((short)(1 << (FractionBits - 1)))) >>> FractionBits).AsUInt16();
    }

    private static int Check(ReadOnlySpan<short> top, ReadOnlySpan<short> bottom, Span<byte> row, ReadOnlySpan<byte> alpha)
    {
        int n = alpha.Length;
        if (top.Length < n || bottom.Length < n || row.Length < n)
            throw new ArgumentException("Rows differ in length.");
        return n;
    }
}
