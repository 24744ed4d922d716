using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Splits blurred 4-channel cells into planes of weighted sums (Y, U, V) and weights, adding a tiny prior
/// of mid-grey so that a place with no background anywhere near (deep inside the person, where the
/// background is not shown) still has a defined colour, while places with some background are unaffected.
/// </summary>
internal static class CellPlanes
{
    /// <summary>The prior's weight: 1/255 of one fully-background luma pixel.</summary>
    public const float PriorWeight = 1f;

    public const float PriorValue = 128f;

    public static void Split(ReadOnlySpan<float> cells, Span<float> y, Span<float> u, Span<float> v, Span<float> weight)
    {
        int n = Check(cells, y, u, v, weight);
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref float c = ref MemoryMarshal.GetReference(cells);
            Vector128<float> prior = Vector128.Create(PriorWeight * PriorValue, PriorWeight * PriorValue, PriorWeight * PriorValue, PriorWeight);
            for (; i < n; i++)
            {
                Vector128<float> cell = Vector128.LoadUnsafe(ref c, (nuint)(BackgroundCells.Channels * i)) + prior;
                y[i] = cell.GetElement(0);
                u[i] = cell.GetElement(1);
                v[i] = cell.GetElement(2);
                weight[i] = cell.GetElement(3);
            }
        }
        SplitScalar(cells, y, u, v, weight, i);
    }

    internal static void SplitScalar(ReadOnlySpan<float> cells, Span<float> y, Span<float> u, Span<float> v, Span<float> weight, int start = 0)
    {
        int n = Check(cells, y, u, v, weight);
        for (int i = start; i < n; i++)
        {
            int at = BackgroundCells.Channels * i;
            y[i] = cells[at] + PriorWeight * PriorValue;
            u[i] = cells[at + 1] + PriorWeight * PriorValue;
            v[i] = cells[at + 2] + PriorWeight * PriorValue;
            weight[i] = cells[at + 3] + PriorWeight;
        }
    }

    private static int Check(ReadOnlySpan<float> cells, Span<float> y, Span<float> u, Span<float> v, Span<float> weight)
    {
        int n = y.Length;
        if (cells.Length < BackgroundCells.Channels * n || u.Length < n || v.Length < n || weight.Length < n)
            throw new ArgumentException("Planes differ in size.");
        return n;
    }
}
