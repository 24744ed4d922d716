using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Ends normalized convolution at cell resolution: each blurred cell's weighted sums divided by its weight,
/// into planar Y, U, V, so every cell is an average of background pixels only. A tiny prior of mid-grey
/// keeps cells with no background anywhere near (deep inside the person, where the background is not
/// shown) defined, without affecting cells that have some.
/// </summary>
internal static class CellNormalization
{
    /// <summary>The prior's weight: 1/255 of one fully-background pixel.</summary>
    public const float PriorWeight = 1f;

    public const float PriorValue = 128f;

    public static void Normalize(ReadOnlySpan<float> cells, Span<float> y, Span<float> u, Span<float> v)
    {
        int n = Check(cells, y, u, v);
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref float c = ref MemoryMarshal.GetReference(cells);
            Vector128<float> prior = Vector128.Create(PriorWeight * PriorValue, PriorWeight * PriorValue, PriorWeight * PriorValue, PriorWeight);
            for (; i < n; i++)
            {
                Vector128<float> cell = Vector128.LoadUnsafe(ref c, (nuint)(CoarseCells.Channels * i)) + prior;
                Vector128<float> value = cell / Vector128.Create(cell.GetElement(3));
                y[i] = value.GetElement(0);
                u[i] = value.GetElement(1);
                v[i] = value.GetElement(2);
            }
        }
        NormalizeScalar(cells, y, u, v, i);
    }

    internal static void NormalizeScalar(ReadOnlySpan<float> cells, Span<float> y, Span<float> u, Span<float> v, int start = 0)
    {
        int n = Check(cells, y, u, v);
        for (int i = start; i < n; i++)
        {
            int at = CoarseCells.Channels * i;
            float weight = cells[at + 3] + PriorWeight;
            y[i] = (cells[at] + PriorWeight * PriorValue) / weight;
            u[i] = (cells[at + 1] + PriorWeight * PriorValue) / weight;
            v[i] = (cells[at + 2] + PriorWeight * PriorValue) / weight;
        }
    }

    private static int Check(ReadOnlySpan<float> cells, Span<float> y, Span<float> u, Span<float> v)
    {
        int n = y.Length;
        if (cells.Length < CoarseCells.Channels * n || u.Length < n || v.Length < n)
            throw new ArgumentException("Planes differ in size.");
        return n;
    }
}
