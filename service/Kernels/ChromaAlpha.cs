using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte t = ref MemoryMarshal.GetReference(top);
            ref byte b = ref MemoryMarshal.GetReference(bottom);
            ref byte dst = ref MemoryMarshal.GetReference(chroma);
            for (; 2 * cx <= width - Simd.BytesPerBlock; cx += Simd.BytesPerBlock / 2)
            {
                (Vector256<ushort> t0, Vector256<ushort> t1) = Vector256.Widen(Vector256.LoadUnsafe(ref t, (nuint)(2 * cx)));
                (Vector256<ushort> b0, Vector256<ushort> b1) = Vector256.Widen(Vector256.LoadUnsafe(ref b, (nuint)(2 * cx)));
                Vector256<ushort> mean = Vector256.Narrow(QuadMean(t0 + b0), QuadMean(t1 + b1));
                Vector256.Narrow(mean, mean).GetLower().StoreUnsafe(ref dst, (nuint)cx);
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

    /// <summary>Adds each even lane to the odd lane after it (two vertical sums of a 2×2 block), then rounds /4.</summary>
    private static Vector256<uint> QuadMean(Vector256<ushort> columnSums)
    {
        Vector256<uint> pairs = columnSums.AsUInt32();
        return ((pairs & Vector256.Create(0xFFFFu)) + (pairs >>> 16) + Vector256.Create(2u)) >>> 2;
    }

    private static int Check(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> chroma)
    {
        int width = top.Length;
        if (bottom.Length < width || chroma.Length < (width + 1) / 2)
            throw new ArgumentException("Rows differ in length.");
        return width;
    }
}
