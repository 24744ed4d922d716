using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Packed YUYV (4:2:2, bytes Y0 U Y1 V) to and from planar I420. YUYV → I420 averages the chroma of each
/// row pair; I420 → YUYV repeats each chroma row for two output rows. Widths must be even.
/// </summary>
public static class PackedYuv
{
    public static void YuyvToI420(ReadOnlySpan<byte> yuyv, int yuyvStride, VideoFrame destination)
    {
        CheckYuyv(yuyv.Length, yuyvStride, destination.Width, destination.Height);
        for (int row = 0; row < destination.Height; row += 2)
        {
            GetRowPair(destination, row, out Span<byte> yTop, out Span<byte> yBottom, out Span<byte> u, out Span<byte> v);
            ReadOnlySpan<byte> top = yuyv.Slice(row * yuyvStride, 2 * destination.Width);
            ReadOnlySpan<byte> bottom = row + 1 < destination.Height ? yuyv.Slice((row + 1) * yuyvStride, 2 * destination.Width) : top;
            YuyvRowPairToI420(top, bottom, yTop, yBottom, u, v);
        }
    }

    public static void I420ToYuyv(VideoFrame source, Span<byte> yuyv, int yuyvStride)
    {
        CheckYuyv(yuyv.Length, yuyvStride, source.Width, source.Height);
        for (int row = 0; row < source.Height; row++)
        {
            I420RowToYuyv(
                source.Y.Slice(row * source.LumaStride, source.Width),
                source.U.Slice(row / 2 * source.ChromaStride, source.Width / 2),
                source.V.Slice(row / 2 * source.ChromaStride, source.Width / 2),
                yuyv.Slice(row * yuyvStride, 2 * source.Width));
        }
    }

    internal static void YuyvToI420Scalar(ReadOnlySpan<byte> yuyv, int yuyvStride, VideoFrame destination)
    {
        CheckYuyv(yuyv.Length, yuyvStride, destination.Width, destination.Height);
        for (int row = 0; row < destination.Height; row += 2)
        {
            GetRowPair(destination, row, out Span<byte> yTop, out Span<byte> yBottom, out Span<byte> u, out Span<byte> v);
            ReadOnlySpan<byte> top = yuyv.Slice(row * yuyvStride, 2 * destination.Width);
            ReadOnlySpan<byte> bottom = row + 1 < destination.Height ? yuyv.Slice((row + 1) * yuyvStride, 2 * destination.Width) : top;
            YuyvRowPairToI420Scalar(top, bottom, yTop, yBottom, u, v, 0);
        }
    }

    internal static void I420ToYuyvScalar(VideoFrame source, Span<byte> yuyv, int yuyvStride)
    {
        CheckYuyv(yuyv.Length, yuyvStride, source.Width, source.Height);
        for (int row = 0; row < source.Height; row++)
        {
            I420RowToYuyvScalar(
                source.Y.Slice(row * source.LumaStride, source.Width),
                source.U.Slice(row / 2 * source.ChromaStride, source.Width / 2),
                source.V.Slice(row / 2 * source.ChromaStride, source.Width / 2),
                yuyv.Slice(row * yuyvStride, 2 * source.Width), 0);
        }
    }

    /// <summary>The luma rows of a row pair (the same row twice when the last row stands alone) and its chroma rows.</summary>
    private static void GetRowPair(VideoFrame frame, int row, out Span<byte> yTop, out Span<byte> yBottom, out Span<byte> u, out Span<byte> v)
    {
        yTop = frame.Y.Slice(row * frame.LumaStride, frame.Width);
        yBottom = row + 1 < frame.Height ? frame.Y.Slice((row + 1) * frame.LumaStride, frame.Width) : yTop;
        u = frame.U.Slice(row / 2 * frame.ChromaStride, frame.Width / 2);
        v = frame.V.Slice(row / 2 * frame.ChromaStride, frame.Width / 2);
    }

    private static void YuyvRowPairToI420(
        ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> yTop, Span<byte> yBottom, Span<byte> u, Span<byte> v)
    {
        ref byte t = ref MemoryMarshal.GetReference(top);
        ref byte b = ref MemoryMarshal.GetReference(bottom);
        ref byte yt = ref MemoryMarshal.GetReference(yTop);
        ref byte yb = ref MemoryMarshal.GetReference(yBottom);
        ref byte ud = ref MemoryMarshal.GetReference(u);
        ref byte vd = ref MemoryMarshal.GetReference(v);
        int width = yTop.Length;
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // 32 pixels a step: 64 bytes of each row, read as 16-bit words (Y low byte, chroma high byte).
            Vector256<ushort> low = Vector256.Create((ushort)0xFF);
            for (; x <= width - 32; x += 32)
            {
                Vector256<ushort> t0 = Vector256.LoadUnsafe(ref t, (nuint)(2 * x)).AsUInt16();
                Vector256<ushort> t1 = Vector256.LoadUnsafe(ref t, (nuint)(2 * x + 32)).AsUInt16();
                Vector256<ushort> b0 = Vector256.LoadUnsafe(ref b, (nuint)(2 * x)).AsUInt16();
                Vector256<ushort> b1 = Vector256.LoadUnsafe(ref b, (nuint)(2 * x + 32)).AsUInt16();
                Vector256.Narrow(t0 & low, t1 & low).StoreUnsafe(ref yt, (nuint)x);
                Vector256.Narrow(b0 & low, b1 & low).StoreUnsafe(ref yb, (nuint)x);
                Vector256<ushort> chroma = ChromaResampling.Average(
                    Vector256.Narrow(t0 >> 8, t1 >> 8), Vector256.Narrow(b0 >> 8, b1 >> 8)).AsUInt16();
                Vector256<byte> planar = Vector256.Narrow(chroma & low, chroma >> 8);
                planar.GetLower().StoreUnsafe(ref ud, (nuint)(x / 2));
                planar.GetUpper().StoreUnsafe(ref vd, (nuint)(x / 2));
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            Vector128<ushort> low = Vector128.Create((ushort)0xFF);
            for (; x <= width - 16; x += 16)
            {
                Vector128<ushort> t0 = Vector128.LoadUnsafe(ref t, (nuint)(2 * x)).AsUInt16();
                Vector128<ushort> t1 = Vector128.LoadUnsafe(ref t, (nuint)(2 * x + 16)).AsUInt16();
                Vector128<ushort> b0 = Vector128.LoadUnsafe(ref b, (nuint)(2 * x)).AsUInt16();
                Vector128<ushort> b1 = Vector128.LoadUnsafe(ref b, (nuint)(2 * x + 16)).AsUInt16();
                Vector128.Narrow(t0 & low, t1 & low).StoreUnsafe(ref yt, (nuint)x);
                Vector128.Narrow(b0 & low, b1 & low).StoreUnsafe(ref yb, (nuint)x);
                Vector128<ushort> chroma = ChromaResampling.Average(
                    Vector128.Narrow(t0 >> 8, t1 >> 8), Vector128.Narrow(b0 >> 8, b1 >> 8)).AsUInt16();
                Vector128<ulong> planar = Vector128.Narrow(chroma & low, chroma >> 8).AsUInt64();
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref ud, x / 2), planar.GetElement(0));
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref vd, x / 2), planar.GetElement(1));
            }
        }
        YuyvRowPairToI420Scalar(top, bottom, yTop, yBottom, u, v, x);
    }

    private static void YuyvRowPairToI420Scalar(
        ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> yTop, Span<byte> yBottom, Span<byte> u, Span<byte> v, int start)
    {
        for (int x = start; x < yTop.Length; x += 2)
        {
            int i = 2 * x;
            yTop[x] = top[i];
            yTop[x + 1] = top[i + 2];
            yBottom[x] = bottom[i];
            yBottom[x + 1] = bottom[i + 2];
            u[x / 2] = ChromaResampling.Average(top[i + 1], bottom[i + 1]);
            v[x / 2] = ChromaResampling.Average(top[i + 3], bottom[i + 3]);
        }
    }

    private static void I420RowToYuyv(ReadOnlySpan<byte> y, ReadOnlySpan<byte> u, ReadOnlySpan<byte> v, Span<byte> yuyv)
    {
        ref byte ys = ref MemoryMarshal.GetReference(y);
        ref byte us = ref MemoryMarshal.GetReference(u);
        ref byte vs = ref MemoryMarshal.GetReference(v);
        ref byte d = ref MemoryMarshal.GetReference(yuyv);
        int width = y.Length;
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; x <= width - 32; x += 32)
            {
                Vector256<ushort> uWide = Vector256.WidenLower(Vector128.LoadUnsafe(ref us, (nuint)(x / 2)).ToVector256Unsafe());
                Vector256<ushort> vWide = Vector256.WidenLower(Vector128.LoadUnsafe(ref vs, (nuint)(x / 2)).ToVector256Unsafe());
                Vector256<byte> chroma = (uWide | (vWide << 8)).AsByte();
                Vector256<byte> luma = Vector256.LoadUnsafe(ref ys, (nuint)x);
                (Vector256.WidenLower(luma) | (Vector256.WidenLower(chroma) << 8)).AsByte().StoreUnsafe(ref d, (nuint)(2 * x));
                (Vector256.WidenUpper(luma) | (Vector256.WidenUpper(chroma) << 8)).AsByte().StoreUnsafe(ref d, (nuint)(2 * x + 32));
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; x <= width - 16; x += 16)
            {
                Vector128<ushort> uWide = Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref us, x / 2))).AsByte());
                Vector128<ushort> vWide = Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref vs, x / 2))).AsByte());
                Vector128<byte> chroma = (uWide | (vWide << 8)).AsByte();
                Vector128<byte> luma = Vector128.LoadUnsafe(ref ys, (nuint)x);
                (Vector128.WidenLower(luma) | (Vector128.WidenLower(chroma) << 8)).AsByte().StoreUnsafe(ref d, (nuint)(2 * x));
                (Vector128.WidenUpper(luma) | (Vector128.WidenUpper(chroma) << 8)).AsByte().StoreUnsafe(ref d, (nuint)(2 * x + 16));
            }
        }
        I420RowToYuyvScalar(y, u, v, yuyv, x);
    }

    private static void I420RowToYuyvScalar(ReadOnlySpan<byte> y, ReadOnlySpan<byte> u, ReadOnlySpan<byte> v, Span<byte> yuyv, int start)
    {
        for (int x = start; x < y.Length; x += 2)
        {
            int i = 2 * x;
            yuyv[i] = y[x];
            yuyv[i + 1] = u[x / 2];
            yuyv[i + 2] = y[x + 1];
            yuyv[i + 3] = v[x / 2];
        }
    }

    private static void CheckYuyv(int length, int stride, int width, int height)
    {
        if (width % 2 != 0)
            throw new ArgumentException($"YUYV needs an even width, not {width}.");
        if (stride < 2 * width || length < (long)(height - 1) * stride + 2 * width)
            throw new ArgumentException($"A {width}x{height} YUYV image with stride {stride} does not fit in {length} bytes.");
    }
}
