using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Sums a row of bytes in consecutive groups of 2 to 8 into ints: sums[i] (+)= Σk row[group·i + k] for each
/// of the sums. The horizontal half of an area downscale by a whole factor, such as 1280 → 256. The row may
/// go on past its last group (the rest of a plane, say): the vector path then reads, never uses, up to
/// 16 bytes past it instead of leaving the last groups to scalar code.
/// </summary>
internal static class GroupSums
{
    public const int MaxGroup = 8;

    /// <summary>Outputs per vector step: two vectors of four groups each.</summary>
    private const int Outputs = 8;

    public static void Add(ReadOnlySpan<byte> row, int group, Span<int> sums, bool first)
    {
        int n = Check(row, group, sums);
        int i = 0;
        if (Avx2.IsSupported)
        {
            // Each 128-bit half holds two groups: the shuffle puts one in the low 8 bytes and the other in the high
            // 8, zero-filled, so the sum of absolute differences against zero adds each group into its 64-bit lane.
            Vector256<byte> spread = s_spreadMasks[group];
            ref byte source = ref MemoryMarshal.GetReference(row);
            ref int destination = ref MemoryMarshal.GetReference(sums);
            Vector256<int> order = Vector256.Create(0, 1, 4, 5, 2, 3, 6, 7);
            int step = 2 * group;
            for (; i + Outputs <= n && i * group + 3 * step + Vector128<byte>.Count <= row.Length; i += Outputs)
            {
                int at = i * group;
                Vector256<ulong> low = Avx2.SumAbsoluteDifferences(Spread(ref source, at, at + step, spread), Vector256<byte>.Zero).AsUInt64();
                Vector256<ulong> high = Avx2.SumAbsoluteDifferences(Spread(ref source, at + 2 * step, at + 3 * step, spread), Vector256<byte>.Zero).AsUInt64();
                // Dwords of low: s0 0 s1 0 | s2 0 s3 0, of high: s4 0 s5 0 | s6 0 s7 0; packed to words and read as
                // dwords: s0 s1 s4 s5 | s2 s3 s6 s7.
                Vector256<int> packed = Avx2.PackUnsignedSaturate(low.AsInt32(), high.AsInt32()).AsInt32();
                Vector256<int> groupSums = Avx2.PermuteVar8x32(packed, order);
                if (!first)
                    groupSums += Vector256.LoadUnsafe(ref destination, (nuint)i);
                groupSums.StoreUnsafe(ref destination, (nuint)i);
            }
        }
        AddScalar(row, group, sums, first, i);
    }

    internal static void AddScalar(ReadOnlySpan<byte> row, int group, Span<int> sums, bool first, int start = 0)
    {
        int n = Check(row, group, sums);
        for (int i = start; i < n; i++)
        {
            int sum = 0;
            for (int k = 0; k < group; k++)
                sum += row[group * i + k];
            sums[i] = first ? sum : sums[i] + sum;
        }
    }

    /// <summary>destination[i] = sums[i] · <paramref name="scale"/>.</summary>
    public static void Scale(ReadOnlySpan<int> sums, Span<float> destination, float scale)
    {
        if (destination.Length < sums.Length)
            throw new ArgumentException("Destination shorter than the sums.", nameof(destination));
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref int source = ref MemoryMarshal.GetReference(sums);
            ref float target = ref MemoryMarshal.GetReference(destination);
            for (; i <= sums.Length - Vector256<int>.Count; i += Vector256<int>.Count)
                (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref source, (nuint)i)) * scale).StoreUnsafe(ref target, (nuint)i);
        }
        ScaleScalar(sums[i..], destination[i..], scale);
    }

    internal static void ScaleScalar(ReadOnlySpan<int> sums, Span<float> destination, float scale)
    {
        for (int i = 0; i < sums.Length; i++)
            destination[i] = sums[i] * scale;
    }

    private static Vector256<byte> Spread(ref byte source, int lowHalf, int highHalf, Vector256<byte> mask) =>
        Avx2.Shuffle(Vector256.Create(Vector128.LoadUnsafe(ref source, (nuint)lowHalf), Vector128.LoadUnsafe(ref source, (nuint)highHalf)), mask);

    private static readonly Vector256<byte>[] s_spreadMasks = [.. Enumerable.Range(0, MaxGroup + 1).Select(SpreadMask)];

    /// <summary>In each half: bytes 0…group−1 to bytes 0…, bytes group…2·group−1 to bytes 8…, zeros elsewhere.</summary>
    private static Vector256<byte> SpreadMask(int group)
    {
        Span<byte> half = stackalloc byte[16];
        half.Fill(0x80);
        for (int k = 0; k < group; k++)
        {
            half[k] = (byte)k;
            half[8 + k] = (byte)(group + k);
        }
        Vector128<byte> mask = Vector128.Create((ReadOnlySpan<byte>)half);
        return Vector256.Create(mask, mask);
    }

    private static int Check(ReadOnlySpan<byte> row, int group, Span<int> sums)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(group, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(group, MaxGroup);
        int n = sums.Length;
        if (row.Length < n * group)
            throw new ArgumentException("Row shorter than its groups.", nameof(row));
        return n;
    }
}
