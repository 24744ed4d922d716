using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// The chroma-plane alpha of an I420 frame from its luma-plane alpha: the rounded mean of each 2×2 block
/// (the last column or row is repeated when the width or height is odd).
/// </summary>
internal static class ChromaAlpha
{
    /// <summary>One chroma row from luma rows <paramref name="top"/> and <paramref name="bottom"/> (the same row at an odd bottom edge).</summary>
    public static void DownsampleRow(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> chroma)
    {
        int width = Check(top, bottom, chroma);
        int cx = 0;
        if (Avx2.IsSupported)
        {
            ref byte t = ref MemoryMarshal.GetReference(top);
            ref byte b = ref MemoryMarshal.GetReference(bottom);
            ref byte dst = ref MemoryMarshal.GetReference(chroma);
            for (; 2 * cx <= width - 2 * Simd.BytesPerBlock; cx += Simd.BytesPerBlock)
            {
                Vector256<short> low = QuadMeans(ref t, ref b, (nuint)(2 * cx));
                Vector256<short> high = QuadMeans(ref t, ref b, (nuint)(2 * cx + Simd.BytesPerBlock));
                Simd.PackToBytes(low, high).StoreUnsafe(ref dst, (nuint)cx);
            }
        }
        DownsampleRowScalar(top[(2 * cx)..width], bottom[(2 * cx)..width], chroma[cx..]);
    }

    internal static void DownsampleRowScalar(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> chroma)
    {
        int width = Check(top, bottom, chroma);
        for (int cx = 0; cx < (width + 1) / 2; cx++)
        {
            int left = 2 * cx;
            int right = Math.Min(left + 1, width - 1);
            chroma[cx] = (byte)((top[left] + top[right] + bottom[left] + bottom[right] + 2) >> 2);
        }
    }

    /// <summary>The rounded means of the sixteen 2×2 blocks of 32 columns: pair sums of each row by a multiply-add with ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> QuadMeans(ref byte top, ref byte bottom, nuint at)
    {
        Vector256<sbyte> ones = Vector256.Create((sbyte)1);
        Vector256<short> sums = Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref top, at), ones)
            + Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref bottom, at), ones);
        return (sums + Vector256.Create((short)2)) >>> 2;
    }

    private static int Check(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> chroma)
    {
        int width = top.Length;
        if (bottom.Length < width || chroma.Length < (width + 1) / 2)
            throw new ArgumentException("Rows differ in length.");
        return width;
    }
}
