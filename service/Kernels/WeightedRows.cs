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

    /// <summary>sums = row when <paramref name="first"/>, sums += row otherwise (exact up to 257 rows).</summary>
    public static void SumBytes(ReadOnlySpan<byte> row, Span<ushort> sums, bool first)
    {
        int n = row.Length;
        if (sums.Length < n)
            throw new ArgumentException("Sums shorter than the row.", nameof(sums));
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte src = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(row);
            ref ushort acc = ref sums[0];
            for (; i <= n - Simd.BytesPerBlock; i += Simd.BytesPerBlock)
            {
                (Vector256<ushort> low, Vector256<ushort> high) = Vector256.Widen(Vector256.LoadUnsafe(ref src, (nuint)i));
                nuint at = (nuint)i;
                if (!first)
                {
                    low += Vector256.LoadUnsafe(ref acc, at);
                    high += Vector256.LoadUnsafe(ref acc, at + 16);
                }
                low.StoreUnsafe(ref acc, at);
                high.StoreUnsafe(ref acc, at + 16);
            }
        }
        SumBytesScalar(row[i..], sums[i..], first);
    }

    internal static void SumBytesScalar(ReadOnlySpan<byte> row, Span<ushort> sums, bool first)
    {
        for (int i = 0; i < row.Length; i++)
            sums[i] = (ushort)(first ? row[i] : sums[i] + row[i]);
    }

    /// <summary>acc = weight · sums when <paramref name="first"/>, acc += weight · sums otherwise.</summary>
    public static void AccumulateSums(ReadOnlySpan<ushort> sums, float weight, Span<float> accumulator, bool first)
    {
        int n = sums.Length;
        if (accumulator.Length < n)
            throw new ArgumentException("Accumulator shorter than the sums.", nameof(accumulator));
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort src = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(sums);
            ref float acc = ref accumulator[0];
            Vector256<float> w = Vector256.Create(weight);
            for (; i <= n - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                (Vector256<uint> low, Vector256<uint> high) = Vector256.Widen(Vector256.LoadUnsafe(ref src, (nuint)i));
                Vector256<float> a = w * Vector256.ConvertToSingle(low.AsInt32());
                Vector256<float> b = w * Vector256.ConvertToSingle(high.AsInt32());
                nuint at = (nuint)i;
                if (!first)
                {
                    a = Vector256.LoadUnsafe(ref acc, at) + a;
                    b = Vector256.LoadUnsafe(ref acc, at + 8) + b;
                }
                a.StoreUnsafe(ref acc, at);
                b.StoreUnsafe(ref acc, at + 8);
            }
        }
        AccumulateSumsScalar(sums[i..], weight, accumulator[i..], first);
    }

    internal static void AccumulateSumsScalar(ReadOnlySpan<ushort> sums, float weight, Span<float> accumulator, bool first)
    {
        for (int i = 0; i < sums.Length; i++)
            accumulator[i] = first ? weight * sums[i] : accumulator[i] + weight * sums[i];
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
