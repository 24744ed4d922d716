using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Chroma plane conversions to I420's 4:2:0: row-pair averaging (4:2:2 → 4:2:0) and 2×2 averaging
/// (4:4:4 → 4:2:0). An odd last row or column stands alone. Averages round half up, as
/// <c>(a + b + 1) / 2</c>; the 2×2 average is the horizontal average of the two vertical ones.
/// </summary>
public static class ChromaResampling
{
    /// <summary>
    /// Halves the rows of a plane: output row r is the average of input rows 2r and 2r+1. The output may start
    /// where the input starts, with the same stride (halving in place): rows are made in order, each from rows at
    /// or after it, read before it is written.
    /// </summary>
    public static void AverageRowPairs(
        ReadOnlySpan<byte> source, int sourceStride, int width, int sourceRows, Span<byte> destination, int destinationStride)
    {
        CheckPlane(source.Length, sourceStride, width, sourceRows);
        CheckPlane(destination.Length, destinationStride, width, (sourceRows + 1) / 2);
        for (int row = 0; row < sourceRows; row += 2)
        {
            ReadOnlySpan<byte> top = source.Slice(row * sourceStride, width);
            ReadOnlySpan<byte> bottom = row + 1 < sourceRows ? source.Slice((row + 1) * sourceStride, width) : top;
            AverageRows(top, bottom, destination.Slice(row / 2 * destinationStride, width));
        }
    }

    /// <summary>Halves both dimensions of a plane by averaging each 2×2 block.</summary>
    public static void Downsample2x2(
        ReadOnlySpan<byte> source, int sourceStride, int width, int sourceRows, Span<byte> destination, int destinationStride)
    {
        int halfWidth = (width + 1) / 2;
        CheckPlane(source.Length, sourceStride, width, sourceRows);
        CheckPlane(destination.Length, destinationStride, halfWidth, (sourceRows + 1) / 2);
        for (int row = 0; row < sourceRows; row += 2)
        {
            ReadOnlySpan<byte> top = source.Slice(row * sourceStride, width);
            ReadOnlySpan<byte> bottom = row + 1 < sourceRows ? source.Slice((row + 1) * sourceStride, width) : top;
            Downsample2x2Row(top, bottom, destination.Slice(row / 2 * destinationStride, halfWidth));
        }
    }

    internal static void AverageRowPairsScalar(
        ReadOnlySpan<byte> source, int sourceStride, int width, int sourceRows, Span<byte> destination, int destinationStride)
    {
        for (int row = 0; row < sourceRows; row += 2)
        {
            int bottomRow = row + 1 < sourceRows ? row + 1 : row;
            AverageRowsScalar(
                source.Slice(row * sourceStride, width), source.Slice(bottomRow * sourceStride, width),
                destination.Slice(row / 2 * destinationStride, width), 0);
        }
    }

    internal static void Downsample2x2Scalar(
        ReadOnlySpan<byte> source, int sourceStride, int width, int sourceRows, Span<byte> destination, int destinationStride)
    {
        for (int row = 0; row < sourceRows; row += 2)
        {
            int bottomRow = row + 1 < sourceRows ? row + 1 : row;
            Downsample2x2RowScalar(
                source.Slice(row * sourceStride, width), source.Slice(bottomRow * sourceStride, width),
                destination.Slice(row / 2 * destinationStride, (width + 1) / 2), 0);
        }
    }

    /// <summary>
    /// Rounding-up average of unsigned bytes without widening: the instruction for it (pavgb) where there is one,
    /// else (a | b) - ((a ^ b) >> 1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<byte> Average(Vector256<byte> a, Vector256<byte> b) =>
        Avx2.IsSupported ? Avx2.Average(a, b) : (a | b) - Vector256.ShiftRightLogical(a ^ b, 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<byte> Average(Vector128<byte> a, Vector128<byte> b) =>
        Sse2.IsSupported ? Sse2.Average(a, b) : (a | b) - Vector128.ShiftRightLogical(a ^ b, 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte Average(int a, int b) => (byte)((a + b + 1) >> 1);

    private static void AverageRows(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> destination)
    {
        ref byte t = ref MemoryMarshal.GetReference(top);
        ref byte b = ref MemoryMarshal.GetReference(bottom);
        ref byte d = ref MemoryMarshal.GetReference(destination);
        int width = destination.Length;
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; x <= width - Vector256<byte>.Count; x += Vector256<byte>.Count)
                Average(Vector256.LoadUnsafe(ref t, (nuint)x), Vector256.LoadUnsafe(ref b, (nuint)x)).StoreUnsafe(ref d, (nuint)x);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; x <= width - Vector128<byte>.Count; x += Vector128<byte>.Count)
                Average(Vector128.LoadUnsafe(ref t, (nuint)x), Vector128.LoadUnsafe(ref b, (nuint)x)).StoreUnsafe(ref d, (nuint)x);
        }
        AverageRowsScalar(top, bottom, destination, x);
    }

    private static void AverageRowsScalar(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> destination, int start)
    {
        for (int x = start; x < destination.Length; x++)
            destination[x] = Average(top[x], bottom[x]);
    }

    private static void Downsample2x2Row(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> destination)
    {
        ref byte t = ref MemoryMarshal.GetReference(top);
        ref byte b = ref MemoryMarshal.GetReference(bottom);
        ref byte d = ref MemoryMarshal.GetReference(destination);
        int width = top.Length;
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ushort> low = Vector256.Create((ushort)0xFF);
            Vector256<ushort> one = Vector256.Create((ushort)1);
            for (; x <= width - 2 * Vector256<byte>.Count; x += 2 * Vector256<byte>.Count)
            {
                Vector256<ushort> v0 = Average(Vector256.LoadUnsafe(ref t, (nuint)x), Vector256.LoadUnsafe(ref b, (nuint)x)).AsUInt16();
                Vector256<ushort> v1 = Average(
                    Vector256.LoadUnsafe(ref t, (nuint)(x + Vector256<byte>.Count)),
                    Vector256.LoadUnsafe(ref b, (nuint)(x + Vector256<byte>.Count))).AsUInt16();
                Vector256<ushort> h0 = ((v0 & low) + (v0 >> 8) + one) >> 1;
                Vector256<ushort> h1 = ((v1 & low) + (v1 >> 8) + one) >> 1;
                Vector256.Narrow(h0, h1).StoreUnsafe(ref d, (nuint)(x / 2));
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            Vector128<ushort> low = Vector128.Create((ushort)0xFF);
            Vector128<ushort> one = Vector128.Create((ushort)1);
            for (; x <= width - 2 * Vector128<byte>.Count; x += 2 * Vector128<byte>.Count)
            {
                Vector128<ushort> v0 = Average(Vector128.LoadUnsafe(ref t, (nuint)x), Vector128.LoadUnsafe(ref b, (nuint)x)).AsUInt16();
                Vector128<ushort> v1 = Average(
                    Vector128.LoadUnsafe(ref t, (nuint)(x + Vector128<byte>.Count)),
                    Vector128.LoadUnsafe(ref b, (nuint)(x + Vector128<byte>.Count))).AsUInt16();
                Vector128<ushort> h0 = ((v0 & low) + (v0 >> 8) + one) >> 1;
                Vector128<ushort> h1 = ((v1 & low) + (v1 >> 8) + one) >> 1;
                Vector128.Narrow(h0, h1).StoreUnsafe(ref d, (nuint)(x / 2));
            }
        }
        Downsample2x2RowScalar(top, bottom, destination, x);
    }

    private static void Downsample2x2RowScalar(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, Span<byte> destination, int start)
    {
        int width = top.Length;
        for (int x = start; x < width; x += 2)
        {
            int left = Average(top[x], bottom[x]);
            int right = x + 1 < width ? Average(top[x + 1], bottom[x + 1]) : left;
            destination[x / 2] = Average(left, right);
        }
    }

    private static void CheckPlane(int length, int stride, int width, int rows)
    {
        if (width <= 0 || rows <= 0 || stride < width || length < (long)(rows - 1) * stride + width)
            throw new ArgumentException($"A {width}x{rows} plane with stride {stride} does not fit in {length} bytes.");
    }
}
