using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
        if (Avx2.IsSupported)
        {
            ref float c = ref MemoryMarshal.GetReference(cells);
            ref float ry = ref MemoryMarshal.GetReference(y);
            ref float ru = ref MemoryMarshal.GetReference(u);
            ref float rv = ref MemoryMarshal.GetReference(v);
            Vector256<float> priorSum = Vector256.Create(PriorWeight * PriorValue);
            Vector256<float> priorWeight = Vector256.Create(PriorWeight);
            // The channels come out of the transposition as cells 0 2 4 6 | 1 3 5 7: this puts them back in order.
            Vector256<int> inOrder = Vector256.Create(0, 4, 1, 5, 2, 6, 3, 7);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                ref float eight = ref Unsafe.Add(ref c, CoarseCells.Channels * i);
                Vector256<float> c01 = Vector256.LoadUnsafe(ref eight), c23 = Vector256.LoadUnsafe(ref eight, 8);
                Vector256<float> c45 = Vector256.LoadUnsafe(ref eight, 16), c67 = Vector256.LoadUnsafe(ref eight, 24);
                Vector256<float> lumaBlue0 = Avx.UnpackLow(c01, c23), redWeight0 = Avx.UnpackHigh(c01, c23);
                Vector256<float> lumaBlue4 = Avx.UnpackLow(c45, c67), redWeight4 = Avx.UnpackHigh(c45, c67);
                Vector256<float> weight = Avx.Shuffle(redWeight0, redWeight4, 0xEE) + priorWeight;
                Store((Avx.Shuffle(lumaBlue0, lumaBlue4, 0x44) + priorSum) / weight, inOrder, ref ry, i);
                Store((Avx.Shuffle(lumaBlue0, lumaBlue4, 0xEE) + priorSum) / weight, inOrder, ref ru, i);
                Store((Avx.Shuffle(redWeight0, redWeight4, 0x44) + priorSum) / weight, inOrder, ref rv, i);
            }
        }
        NormalizeScalar(cells, y, u, v, i);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<float> values, Vector256<int> order, ref float plane, int at) =>
        Avx2.PermuteVar8x32(values, order).StoreUnsafe(ref plane, (nuint)at);

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
