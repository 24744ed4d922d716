using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Pools a coarse frame 2×2 into background cells for normalized convolution: each cell holds
/// [Σ w·Y, Σ w·U, Σ w·V, Σ w] over its coarse samples, w = 255·(1 − alpha), alpha being the person alpha
/// already dilated, so the person and the samples next to it weigh nothing. Each coarse row adds the sums of
/// its sample pairs to its cell row.
/// </summary>
internal static class CoarseCells
{
    public const int Channels = 4;

    /// <summary>Cells along an axis of <paramref name="coarse"/> samples.</summary>
    public static int CellCount(int coarse) => (coarse + 1) / 2;

    public static void Pool(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, ReadOnlySpan<float> alpha,
        int width, int height, Span<float> cells) =>
        Pool(y, u, v, alpha, width, height, cells, vectorized: Avx.IsSupported);

    internal static void PoolScalar(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, ReadOnlySpan<float> alpha,
        int width, int height, Span<float> cells) =>
        Pool(y, u, v, alpha, width, height, cells, vectorized: false);

    private static void Pool(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, ReadOnlySpan<float> alpha,
        int width, int height, Span<float> cells, bool vectorized)
    {
        Check(y, u, v, alpha, width, height, cells);
        int cellRowLength = Channels * CellCount(width);
        cells[..(cellRowLength * CellCount(height))].Clear();
        for (int row = 0; row < height; row++)
        {
            int start = row * width;
            ReadOnlySpan<float> rowY = y.Slice(start, width), rowU = u.Slice(start, width), rowV = v.Slice(start, width);
            ReadOnlySpan<float> rowAlpha = alpha.Slice(start, width);
            Span<float> cellRow = cells.Slice(cellRowLength * (row / 2), cellRowLength);
            int x = vectorized ? AddRowVector(rowY, rowU, rowV, rowAlpha, cellRow) : 0;
            AddRowScalar(rowY, rowU, rowV, rowAlpha, cellRow, x);
        }
    }

    /// <summary>Adds the pairs of samples from <paramref name="x"/> (even) on to their cells.</summary>
    private static void AddRowScalar(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, ReadOnlySpan<float> alpha,
        Span<float> cells, int x)
    {
        for (; x < y.Length; x += 2)
        {
            Span<float> cell = cells.Slice(Channels * (x / 2), Channels);
            float w0 = Weight(alpha[x]);
            if (x + 1 < y.Length)
            {
                float w1 = Weight(alpha[x + 1]);
                cell[0] += w0 * y[x] + w1 * y[x + 1];
                cell[1] += w0 * u[x] + w1 * u[x + 1];
                cell[2] += w0 * v[x] + w1 * v[x + 1];
                cell[3] += w0 + w1;
            }
            else
            {
                cell[0] += w0 * y[x];
                cell[1] += w0 * u[x];
                cell[2] += w0 * v[x];
                cell[3] += w0;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Weight(float alpha) => 255f * (1f - alpha);

    /// <summary>Eight samples (four cells) at a time; returns the first sample not done.</summary>
    private static int AddRowVector(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, ReadOnlySpan<float> alpha, Span<float> cells)
    {
        ref float ry = ref MemoryMarshal.GetReference(y);
        ref float ru = ref MemoryMarshal.GetReference(u);
        ref float rv = ref MemoryMarshal.GetReference(v);
        ref float ra = ref MemoryMarshal.GetReference(alpha);
        ref float rc = ref MemoryMarshal.GetReference(cells);
        Vector256<float> full = Vector256.Create(255f);
        int x = 0;
        for (; x <= y.Length - Vector256<float>.Count; x += Vector256<float>.Count)
        {
            nuint at = (nuint)x;
            Vector256<float> w = full * (Vector256<float>.One - Vector256.LoadUnsafe(ref ra, at));
            // Pair sums within each 128-bit half: [y01 y23 u01 u23 | y45 y67 u45 u67] and [v01 v23 w01 w23 | …].
            Vector256<float> lumaBlue = Avx.HorizontalAdd(w * Vector256.LoadUnsafe(ref ry, at), w * Vector256.LoadUnsafe(ref ru, at));
            Vector256<float> redWeight = Avx.HorizontalAdd(w * Vector256.LoadUnsafe(ref rv, at), w);
            // Interleave into cells: [y01 u01 v01 w01 | y45 …] (cells 0, 2) and [y23 u23 v23 w23 | y67 …] (cells 1, 3).
            Vector256<float> low = Avx.UnpackLow(lumaBlue, redWeight);
            Vector256<float> high = Avx.UnpackHigh(lumaBlue, redWeight);
            Vector256<float> even = Avx.UnpackLow(low, high);
            Vector256<float> odd = Avx.UnpackHigh(low, high);
            ref float cell = ref Unsafe.Add(ref rc, Channels * (x / 2));
            (Vector256.LoadUnsafe(ref cell) + Avx.Permute2x128(even, odd, 0x20)).StoreUnsafe(ref cell);
            (Vector256.LoadUnsafe(ref cell, 8) + Avx.Permute2x128(even, odd, 0x31)).StoreUnsafe(ref cell, 8);
        }
        return x;
    }

    private static void Check(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, ReadOnlySpan<float> alpha,
        int width, int height, Span<float> cells)
    {
        int pixels = width * height;
        if (y.Length < pixels || u.Length < pixels || v.Length < pixels || alpha.Length < pixels)
            throw new ArgumentException("Coarse planes are smaller than the grid.");
        int needed = Channels * CellCount(width) * CellCount(height);
        if (cells.Length < needed)
            throw new ArgumentException($"Cells hold {cells.Length} floats, need {needed}.", nameof(cells));
    }
}
