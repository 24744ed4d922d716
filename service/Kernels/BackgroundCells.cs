using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>The rows of an I420 frame and its luma alpha that make one row of background cells.</summary>
/// <remarks>
/// Rows below the frame are given with an alpha row of 255 (no background weight); the chroma rows then
/// carry no weight either, whatever they hold.
/// </remarks>
internal readonly ref struct CellRowSource
{
    public ReadOnlySpan<byte> Y0 { get; init; }
    public ReadOnlySpan<byte> Y1 { get; init; }
    public ReadOnlySpan<byte> Y2 { get; init; }
    public ReadOnlySpan<byte> Y3 { get; init; }
    public ReadOnlySpan<byte> Alpha0 { get; init; }
    public ReadOnlySpan<byte> Alpha1 { get; init; }
    public ReadOnlySpan<byte> Alpha2 { get; init; }
    public ReadOnlySpan<byte> Alpha3 { get; init; }
    public ReadOnlySpan<byte> U0 { get; init; }
    public ReadOnlySpan<byte> U1 { get; init; }
    public ReadOnlySpan<byte> V0 { get; init; }
    public ReadOnlySpan<byte> V1 { get; init; }
}

/// <summary>
/// Downscales a frame by 4 into background cells for normalized convolution: each cell holds
/// [Σ w·Y, Σ q·U, Σ q·V, Σ w] over its 4×4 luma pixels (w = 255 − alpha) and 2×2 chroma pixels (q = the sum
/// of w over the 2×2 luma pixels under that chroma pixel), so person pixels weigh nothing. Sums are exact
/// integers stored as floats.
/// </summary>
internal static class BackgroundCells
{
    public const int Channels = 4;

    public static int CellCount(int width) => ((width + 1) / 2 + 1) / 2;

    public static void AccumulateRow(in CellRowSource source, int width, Span<float> cells)
    {
        Check(source, width, cells);
        int cell = 0;
        if (Avx2.IsSupported)
        {
            ref float output = ref MemoryMarshal.GetReference(cells);
            for (; 4 * cell + Simd.BytesPerBlock <= width; cell += Vector256<float>.Count)
            {
                int x = 4 * cell;
                if (AllPerson(source, x))
                {
                    cells.Slice(Channels * cell, Channels * Vector256<float>.Count).Clear();
                    continue;
                }
                var sums = new BlockSums();
                AddRowPair(ref sums, source.Y0, source.Y1, source.Alpha0, source.Alpha1, source.U0, source.V0, x);
                AddRowPair(ref sums, source.Y2, source.Y3, source.Alpha2, source.Alpha3, source.U1, source.V1, x);
                StoreInterleaved(PairCells(sums.LumaLow, sums.LumaHigh), PairCells(sums.ULow, sums.UHigh),
                    PairCells(sums.VLow, sums.VHigh), PairCells(sums.WeightLow, sums.WeightHigh), ref Unsafe.Add(ref output, Channels * cell));
            }
        }
        AccumulateRowScalar(source, width, cells, cell);
    }

    internal static void AccumulateRowScalar(in CellRowSource source, int width, Span<float> cells, int startCell = 0)
    {
        Check(source, width, cells);
        int chromaWidth = (width + 1) / 2;
        for (int cell = startCell; cell < CellCount(width); cell++)
        {
            int luma = 0, u = 0, v = 0, weight = 0;
            for (int cx = 2 * cell; cx < Math.Min(2 * cell + 2, chromaWidth); cx++)
            {
                (int luma0, int q0) = QuadSums(source.Y0, source.Y1, source.Alpha0, source.Alpha1, cx, width);
                (int luma1, int q1) = QuadSums(source.Y2, source.Y3, source.Alpha2, source.Alpha3, cx, width);
                luma += luma0 + luma1;
                weight += q0 + q1;
                u += q0 * source.U0[cx] + q1 * source.U1[cx];
                v += q0 * source.V0[cx] + q1 * source.V1[cx];
            }
            cells[Channels * cell] = luma;
            cells[Channels * cell + 1] = u;
            cells[Channels * cell + 2] = v;
            cells[Channels * cell + 3] = weight;
        }
    }

    /// <summary>Whether the 32 columns from <paramref name="x"/> of all four rows are person (weight 0, all sums 0).</summary>
    private static bool AllPerson(in CellRowSource source, int x)
    {
        Vector256<byte> all = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(source.Alpha0), (nuint)x)
            & Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(source.Alpha1), (nuint)x)
            & Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(source.Alpha2), (nuint)x)
            & Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(source.Alpha3), (nuint)x);
        return Vector256.EqualsAll(all, Vector256<byte>.AllBitsSet);
    }

    private static (int Luma, int Weight) QuadSums(ReadOnlySpan<byte> y0, ReadOnlySpan<byte> y1, ReadOnlySpan<byte> a0, ReadOnlySpan<byte> a1, int cx, int width)
    {
        int luma = 0, weight = 0;
        for (int x = 2 * cx; x < Math.Min(2 * cx + 2, width); x++)
        {
            int w0 = 255 - a0[x], w1 = 255 - a1[x];
            luma += w0 * y0[x] + w1 * y1[x];
            weight += w0 + w1;
        }
        return (luma, weight);
    }

    /// <summary>Per-chroma-pixel sums of 16 chroma pixels (32 luma columns), low and high 8.</summary>
    private struct BlockSums
    {
        public Vector256<uint> LumaLow, LumaHigh, ULow, UHigh, VLow, VHigh, WeightLow, WeightHigh;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRowPair(ref BlockSums sums, ReadOnlySpan<byte> y0, ReadOnlySpan<byte> y1, ReadOnlySpan<byte> a0, ReadOnlySpan<byte> a1,
        ReadOnlySpan<byte> u, ReadOnlySpan<byte> v, int x)
    {
        (Vector256<ushort> w0Low, Vector256<ushort> w0High) = Weights(a0, x);
        (Vector256<ushort> w1Low, Vector256<ushort> w1High) = Weights(a1, x);
        (Vector256<ushort> y0Low, Vector256<ushort> y0High) = Vector256.Widen(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(y0), (nuint)x));
        (Vector256<ushort> y1Low, Vector256<ushort> y1High) = Vector256.Widen(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(y1), (nuint)x));
        Vector256<uint> qLow = PairSums(w0Low + w1Low);
        Vector256<uint> qHigh = PairSums(w0High + w1High);
        sums.LumaLow += PairProducts(w0Low, y0Low) + PairProducts(w1Low, y1Low);
        sums.LumaHigh += PairProducts(w0High, y0High) + PairProducts(w1High, y1High);
        sums.WeightLow += qLow;
        sums.WeightHigh += qHigh;
        (Vector256<uint> uLow, Vector256<uint> uHigh) = WidenChroma(u, x / 2);
        (Vector256<uint> vLow, Vector256<uint> vHigh) = WidenChroma(v, x / 2);
        sums.ULow += qLow * uLow;
        sums.UHigh += qHigh * uHigh;
        sums.VLow += qLow * vLow;
        sums.VHigh += qHigh * vHigh;
    }

    private static (Vector256<ushort> Low, Vector256<ushort> High) Weights(ReadOnlySpan<byte> alpha, int x) =>
        Vector256.Widen(Vector256.Create((byte)255) - Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(alpha), (nuint)x));

    private static (Vector256<uint> Low, Vector256<uint> High) WidenChroma(ReadOnlySpan<byte> plane, int cx)
    {
        (Vector128<ushort> low, Vector128<ushort> high) = Vector128.Widen(Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(plane), (nuint)cx));
        return Vector256.Widen(Vector256.Create(low, high));
    }

    /// <summary>Sums each even lane with the odd lane after it (values up to 510, so signed 16-bit is exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> PairSums(Vector256<ushort> value) =>
        Avx2.MultiplyAddAdjacent(value.AsInt16(), Vector256.Create((short)1)).AsUInt32();

    /// <summary>a·b of each even lane plus that of the odd lane after it (a, b ≤ 255, so signed 16-bit is exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> PairProducts(Vector256<ushort> a, Vector256<ushort> b) =>
        Avx2.MultiplyAddAdjacent(a.AsInt16(), b.AsInt16()).AsUInt32();

    /// <summary>Eight cells' four channels, one vector per channel, stored cell by cell: L0 U0 V0 W0 L1 U1 …</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreInterleaved(Vector256<float> luma, Vector256<float> u, Vector256<float> v, Vector256<float> weight,
        ref float destination)
    {
        Vector256<float> lumaU01 = Avx.UnpackLow(luma, u), lumaU23 = Avx.UnpackHigh(luma, u);
        Vector256<float> vWeight01 = Avx.UnpackLow(v, weight), vWeight23 = Avx.UnpackHigh(v, weight);
        Vector256<float> cells04 = Avx.Shuffle(lumaU01, vWeight01, 0x44), cells15 = Avx.Shuffle(lumaU01, vWeight01, 0xEE);
        Vector256<float> cells26 = Avx.Shuffle(lumaU23, vWeight23, 0x44), cells37 = Avx.Shuffle(lumaU23, vWeight23, 0xEE);
        Avx.Permute2x128(cells04, cells15, 0x20).StoreUnsafe(ref destination);
        Avx.Permute2x128(cells26, cells37, 0x20).StoreUnsafe(ref destination, 8);
        Avx.Permute2x128(cells04, cells15, 0x31).StoreUnsafe(ref destination, 16);
        Avx.Permute2x128(cells26, cells37, 0x31).StoreUnsafe(ref destination, 24);
    }

    /// <summary>Sums adjacent chroma pixels into cells: 2 × 8 chroma sums in, 8 cell sums out as floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> PairCells(Vector256<uint> low, Vector256<uint> high)
    {
        Vector256<ulong> lowPairs = (low.AsUInt64() & Vector256.Create(0xFFFF_FFFFul)) + (low.AsUInt64() >>> 32);
        Vector256<ulong> highPairs = (high.AsUInt64() & Vector256.Create(0xFFFF_FFFFul)) + (high.AsUInt64() >>> 32);
        return Vector256.ConvertToSingle(Vector256.Narrow(lowPairs, highPairs).AsInt32());
    }

    private static void Check(in CellRowSource source, int width, Span<float> cells)
    {
        int chromaWidth = (width + 1) / 2;
        if (source.Y0.Length < width || source.Y1.Length < width || source.Y2.Length < width || source.Y3.Length < width
            || source.Alpha0.Length < width || source.Alpha1.Length < width || source.Alpha2.Length < width || source.Alpha3.Length < width
            || source.U0.Length < chromaWidth || source.U1.Length < chromaWidth || source.V0.Length < chromaWidth || source.V1.Length < chromaWidth
            || cells.Length < Channels * CellCount(width))
            throw new ArgumentException("Rows shorter than the frame width.");
    }
}
