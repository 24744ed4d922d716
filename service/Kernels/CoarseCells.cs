namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Pools a coarse frame 2×2 into background cells for normalized convolution: each cell holds
/// [Σ w·Y, Σ w·U, Σ w·V, Σ w] over its coarse samples, w = 255·(1 − alpha), alpha being the person alpha
/// already dilated, so the person and the samples next to it weigh nothing.
/// </summary>
internal static class CoarseCells
{
    public const int Channels = 4;

    /// <summary>Cells along an axis of <paramref name="coarse"/> samples.</summary>
    public static int CellCount(int coarse) => (coarse + 1) / 2;

    public static void Pool(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, ReadOnlySpan<float> alpha,
        int width, int height, Span<float> cells)
    {
        int pixels = width * height;
        if (y.Length < pixels || u.Length < pixels || v.Length < pixels || alpha.Length < pixels)
            throw new ArgumentException("Coarse planes are smaller than the grid.");
        int cellsWide = CellCount(width), cellsHigh = CellCount(height);
        if (cells.Length < Channels * cellsWide * cellsHigh)
            throw new ArgumentException($"Cells hold {cells.Length} floats, need {Channels * cellsWide * cellsHigh}.", nameof(cells));
        cells[..(Channels * cellsWide * cellsHigh)].Clear();
        for (int row = 0; row < height; row++)
        {
            Span<float> cellRow = cells.Slice(Channels * cellsWide * (row / 2), Channels * cellsWide);
            int start = row * width;
            for (int x = 0; x < width; x++)
            {
                int i = start + x;
                float w = 255f * (1f - alpha[i]);
                Span<float> cell = cellRow.Slice(Channels * (x / 2), Channels);
                cell[0] += w * y[i];
                cell[1] += w * u[i];
                cell[2] += w * v[i];
                cell[3] += w;
            }
        }
    }
}
