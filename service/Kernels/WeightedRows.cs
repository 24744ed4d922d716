using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>Accumulates weighted rows of bytes into a row of floats: acc[x] (+)= weight · row[x].</summary>
internal static class WeightedRows
{
    /// <summary>acc = weight · row when <paramref name="first"/>, acc += weight · row otherwise.</summary>
    public static void Accumulate(ReadOnlySpan<byte> row, float weight, Span<float> accumulator, bool first)
    {
        int n = row.Length;
        if (accumulator.Length < n)
            throw new ArgumentException("Accumulator shorter than the row.", nameof(accumulator));
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte src = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(row);
            ref float acc = ref accumulator[0];
            Vector256<float> w = Vector256.Create(weight);
            for (; i <= n - Simd.BytesPerBlock; i += Simd.BytesPerBlock)
            {
                (Vector256<float> a, Vector256<float> b, Vector256<float> c, Vector256<float> d) =
                    Simd.WidenToSingle(Vector256.LoadUnsafe(ref src, (nuint)i));
                nuint at = (nuint)i;
                if (first)
                {
                    (w * a).StoreUnsafe(ref acc, at);
                    (w * b).StoreUnsafe(ref acc, at + 8);
                    (w * c).StoreUnsafe(ref acc, at + 16);
                    (w * d).StoreUnsafe(ref acc, at + 24);
                }
                else
                {
                    (Vector256.LoadUnsafe(ref acc, at) + w * a).StoreUnsafe(ref acc, at);
                    (Vector256.LoadUnsafe(ref acc, at + 8) + w * b).StoreUnsafe(ref acc, at + 8);
                    (Vector256.LoadUnsafe(ref acc, at + 16) + w * c).StoreUnsafe(ref acc, at + 16);
                    (Vector256.LoadUnsafe(ref acc, at + 24) + w * d).StoreUnsafe(ref acc, at + 24);
                }
            }
        }
        AccumulateScalar(row[i..], weight, accumulator[i..], first);
    }

    internal static void AccumulateScalar(ReadOnlySpan<byte> row, float weight, Span<float> accumulator, bool first)
    {
        for (int i = 0; i < row.Length; i++)
            accumulator[i] = first ? weight * row[i] : accumulator[i] + weight * row[i];
    }

    /// <summary>Rows of bytes whose sum a ushort holds exactly: 257 · 255 = 65535.</summary>
    public const int MaxSummedRows = 257;

    /// <summary>
    /// acc = weight · S when <paramref name="first"/>, acc += weight · S otherwise, S the exact integer sum of
    /// <paramref name="rowCount"/> rows of <paramref name="width"/> bytes, <paramref name="stride"/> apart: the
    /// inside of an area filter's footprint, whose rows all weigh the same. The sums stay in registers.
    /// </summary>
    public static void AccumulateRowSums(ReadOnlySpan<byte> rows, int stride, int rowCount, int width, float weight, Span<float> accumulator,
        bool first)
    {
        CheckRows(rows, stride, rowCount, width, accumulator);
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte src = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(rows);
            ref float acc = ref accumulator[0];
            Vector256<float> w = Vector256.Create(weight);
            for (; x <= width - Simd.BytesPerBlock; x += Simd.BytesPerBlock)
            {
                Vector256<ushort> low = Vector256<ushort>.Zero, high = Vector256<ushort>.Zero;
                for (int r = 0; r < rowCount; r++)
                {
                    (Vector256<ushort> l, Vector256<ushort> h) = Vector256.Widen(Vector256.LoadUnsafe(ref src, (nuint)(r * stride + x)));
                    low += l;
                    high += h;
                }
                nuint at = (nuint)x;
                Accumulate(low, w, ref acc, at, first);
                Accumulate(high, w, ref acc, at + 16, first);
            }
        }
        AccumulateRowSumsScalar(rows, stride, rowCount, width, weight, accumulator, first, x);
    }

    internal static void AccumulateRowSumsScalar(ReadOnlySpan<byte> rows, int stride, int rowCount, int width, float weight,
        Span<float> accumulator, bool first, int start = 0)
    {
        CheckRows(rows, stride, rowCount, width, accumulator);
        for (int x = start; x < width; x++)
        {
            int sum = 0;
            for (int r = 0; r < rowCount; r++)
                sum += rows[r * stride + x];
            accumulator[x] = first ? weight * sum : accumulator[x] + weight * sum;
        }
    }

    /// <summary>Sixteen sums into the accumulator, weighted, as the scalar path does it.</summary>
    private static void Accumulate(Vector256<ushort> sums, Vector256<float> weight, ref float accumulator, nuint at, bool first)
    {
        (Vector256<uint> low, Vector256<uint> high) = Vector256.Widen(sums);
        Vector256<float> a = weight * Vector256.ConvertToSingle(low.AsInt32());
        Vector256<float> b = weight * Vector256.ConvertToSingle(high.AsInt32());
        if (!first)
        {
            a = Vector256.LoadUnsafe(ref accumulator, at) + a;
            b = Vector256.LoadUnsafe(ref accumulator, at + 8) + b;
        }
        a.StoreUnsafe(ref accumulator, at);
        b.StoreUnsafe(ref accumulator, at + 8);
    }

    private static void CheckRows(ReadOnlySpan<byte> rows, int stride, int rowCount, int width, Span<float> accumulator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowCount, MaxSummedRows);
        if (rows.Length < (rowCount - 1) * stride + width || accumulator.Length < width)
            throw new ArgumentException("Rows or accumulator shorter than the width.");
    }

    /// <summary>dst[x] = round(clamp(src[x], 0, 255)).</summary>
    public static void RoundToBytes(ReadOnlySpan<float> source, Span<byte> destination)
    {
        int n = source.Length;
        if (destination.Length < n)
            throw new ArgumentException("Destination shorter than the source.", nameof(destination));
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float src = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source);
            for (; i <= n - Simd.BytesPerBlock; i += Simd.BytesPerBlock)
            {
                nuint at = (nuint)i;
                Simd.NarrowToBytes(
                    Simd.RoundToByteRange(Vector256.LoadUnsafe(ref src, at)),
                    Simd.RoundToByteRange(Vector256.LoadUnsafe(ref src, at + 8)),
                    Simd.RoundToByteRange(Vector256.LoadUnsafe(ref src, at + 16)),
                    Simd.RoundToByteRange(Vector256.LoadUnsafe(ref src, at + 24))).StoreUnsafe(ref destination[0], at);
            }
        }
        RoundToBytesScalar(source[i..], destination[i..]);
    }

    internal static void RoundToBytesScalar(ReadOnlySpan<float> source, Span<byte> destination)
    {
        for (int i = 0; i < source.Length; i++)
            destination[i] = Simd.RoundToByte(source[i]);
    }
}
