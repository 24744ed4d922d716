using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// A separable square window of radius r over a float plane with replicated edges: out = scale · (⊕ of the
/// (2r+1)² samples), ⊕ one of the <see cref="IWindowOperator"/>s. Meant for low-resolution planes and small
/// radii (the guided filter's box means, dilation and erosion of the model mask). Sums run down the columns:
/// each row's column sums are the previous row's plus the row entering the window minus the one leaving it.
/// </summary>
internal static class WindowFilter
{
    /// <summary>Filters <paramref name="source"/> into <paramref name="destination"/> through <paramref name="scratch"/>.</summary>
    /// <param name="scratch">Width × Height floats for the horizontal pass.</param>
    /// <param name="paddedRow">Width + 2 · radius floats.</param>
    public static void Apply<TOperator>(ReadOnlySpan<float> source, Span<float> destination, Span<float> scratch,
        Span<float> paddedRow, int width, int height, int radius, float scale)
        where TOperator : IWindowOperator
    {
        Check(source, destination, scratch, paddedRow, width, height, radius);
        for (int y = 0; y < height; y++)
            Horizontal<TOperator>(source.Slice(y * width, width), scratch.Slice(y * width, width), paddedRow, radius);
        if (typeof(TOperator) == typeof(SumOperator) && radius > 0)
        {
            VerticalRunningSum(scratch, destination, paddedRow[..width], width, height, radius, scale, vectorized: true);
            return;
        }
        for (int y = 0; y < height; y++)
            Vertical<TOperator>(scratch, destination.Slice(y * width, width), width, height, height, y, radius, scale);
    }

    internal static void ApplyScalar<TOperator>(ReadOnlySpan<float> source, Span<float> destination, Span<float> scratch,
        Span<float> paddedRow, int width, int height, int radius, float scale)
        where TOperator : IWindowOperator
    {
        Check(source, destination, scratch, paddedRow, width, height, radius);
        for (int y = 0; y < height; y++)
        {
            Pad(source.Slice(y * width, width), paddedRow, radius);
            HorizontalScalar<TOperator>(paddedRow, scratch.Slice(y * width, width), radius, 0);
        }
        if (typeof(TOperator) == typeof(SumOperator) && radius > 0)
        {
            VerticalRunningSum(scratch, destination, paddedRow[..width], width, height, radius, scale, vectorized: false);
            return;
        }
        for (int y = 0; y < height; y++)
            VerticalScalar<TOperator>(scratch, destination.Slice(y * width, width), width, height, height, y, radius, scale, 0);
    }

    /// <summary>One row of the horizontal pass: output[x] = ⊕ of row[x − r … x + r], edges replicated through <paramref name="padded"/>.</summary>
    internal static void Horizontal<TOperator>(ReadOnlySpan<float> row, Span<float> output, Span<float> padded, int radius)
        where TOperator : IWindowOperator
    {
        Pad(row, padded, radius);
        int n = row.Length;
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float src = ref MemoryMarshal.GetReference(padded);
            ref float dst = ref MemoryMarshal.GetReference(output);
            // The refiner's radii, unrolled; the samples are combined left to right in every path.
            if (radius == 2)
            {
                for (; x <= n - Vector256<float>.Count; x += Vector256<float>.Count)
                    Combine5<TOperator>(ref Unsafe.Add(ref src, x), 1).StoreUnsafe(ref dst, (nuint)x);
            }
            else if (radius == 4)
            {
                for (; x <= n - Vector256<float>.Count; x += Vector256<float>.Count)
                {
                    ref float start = ref Unsafe.Add(ref src, x);
                    TOperator.Combine(TOperator.Combine(TOperator.Combine(TOperator.Combine(Combine5<TOperator>(ref start, 1),
                        Vector256.LoadUnsafe(ref start, 5)), Vector256.LoadUnsafe(ref start, 6)), Vector256.LoadUnsafe(ref start, 7)),
                        Vector256.LoadUnsafe(ref start, 8)).StoreUnsafe(ref dst, (nuint)x);
                }
            }
            for (; x <= n - Vector256<float>.Count; x += Vector256<float>.Count)
            {
                Vector256<float> acc = Vector256.LoadUnsafe(ref src, (nuint)x);
                for (int k = 1; k <= 2 * radius; k++)
                    acc = TOperator.Combine(acc, Vector256.LoadUnsafe(ref src, (nuint)(x + k)));
                acc.StoreUnsafe(ref dst, (nuint)x);
            }
        }
        HorizontalScalar<TOperator>(padded, output, radius, x);
    }

    /// <summary>The combination of five consecutive vectors starting <paramref name="step"/> floats apart, left to right.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Combine5<TOperator>(ref float start, nuint step) where TOperator : IWindowOperator =>
        TOperator.Combine(TOperator.Combine(TOperator.Combine(TOperator.Combine(Vector256.LoadUnsafe(ref start),
            Vector256.LoadUnsafe(ref start, step)), Vector256.LoadUnsafe(ref start, 2 * step)), Vector256.LoadUnsafe(ref start, 3 * step)),
            Vector256.LoadUnsafe(ref start, 4 * step));

    private static void HorizontalScalar<TOperator>(ReadOnlySpan<float> padded, Span<float> output, int radius, int start)
        where TOperator : IWindowOperator
    {
        for (int x = start; x < output.Length; x++)
        {
            float acc = padded[x];
            for (int k = 1; k <= 2 * radius; k++)
                acc = TOperator.Combine(acc, padded[x + k]);
            output[x] = acc;
        }
    }

    /// <summary>
    /// Row <paramref name="y"/> of the vertical pass over <paramref name="plane"/>: reads rows y − r … y + r (clamped) only,
    /// row k from slot k mod <paramref name="slots"/> (the plane's height, or fewer for a ring of rows).
    /// </summary>
    internal static void Vertical<TOperator>(ReadOnlySpan<float> plane, Span<float> output, int width, int height, int slots, int y, int radius,
        float scale)
        where TOperator : IWindowOperator
    {
        int x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float src = ref MemoryMarshal.GetReference(plane);
            ref float dst = ref MemoryMarshal.GetReference(output);
            if (radius == 2 && scale == 1f)
            {
                ref float r0 = ref Unsafe.Add(ref src, Slot(y - 2, height, slots) * width);
                ref float r1 = ref Unsafe.Add(ref src, Slot(y - 1, height, slots) * width);
                ref float r2 = ref Unsafe.Add(ref src, Slot(y, height, slots) * width);
                ref float r3 = ref Unsafe.Add(ref src, Slot(y + 1, height, slots) * width);
                ref float r4 = ref Unsafe.Add(ref src, Slot(y + 2, height, slots) * width);
                for (; x <= width - Vector256<float>.Count; x += Vector256<float>.Count)
                {
                    nuint at = (nuint)x;
                    TOperator.Combine(TOperator.Combine(TOperator.Combine(TOperator.Combine(Vector256.LoadUnsafe(ref r0, at),
                        Vector256.LoadUnsafe(ref r1, at)), Vector256.LoadUnsafe(ref r2, at)), Vector256.LoadUnsafe(ref r3, at)),
                        Vector256.LoadUnsafe(ref r4, at)).StoreUnsafe(ref dst, at);
                }
                VerticalScalar<TOperator>(plane, output, width, height, slots, y, radius, scale, x);
                return;
            }
            Span<int> rows = stackalloc int[2 * radius + 1];
            for (int k = 0; k < rows.Length; k++)
                rows[k] = Slot(y - radius + k, height, slots) * width;
            Vector256<float> factor = Vector256.Create(scale);
            for (; x <= width - Vector256<float>.Count; x += Vector256<float>.Count)
            {
                Vector256<float> acc = Vector256.LoadUnsafe(ref src, (nuint)(rows[0] + x));
                for (int k = 1; k < rows.Length; k++)
                    acc = TOperator.Combine(acc, Vector256.LoadUnsafe(ref src, (nuint)(rows[k] + x)));
                (acc * factor).StoreUnsafe(ref dst, (nuint)x);
            }
        }
        VerticalScalar<TOperator>(plane, output, width, height, slots, y, radius, scale, x);
    }

    private static void VerticalScalar<TOperator>(ReadOnlySpan<float> plane, Span<float> output, int width, int height, int slots, int y,
        int radius, float scale, int start)
        where TOperator : IWindowOperator
    {
        for (int x = start; x < width; x++)
        {
            float acc = plane[Slot(y - radius, height, slots) * width + x];
            for (int k = 1 - radius; k <= radius; k++)
                acc = TOperator.Combine(acc, plane[Slot(y + k, height, slots) * width + x]);
            output[x] = acc * scale;
        }
    }

    /// <summary>
    /// out[y] = scale · sums[y], sums[0] added up row by row from the top of its window, then
    /// sums[y + 1] = (sums[y] + row[y + r + 1]) − row[y − r], edges replicated; the same order in both paths.
    /// </summary>
    internal static void VerticalRunningSum(ReadOnlySpan<float> plane, Span<float> destination, Span<float> sums, int width, int height,
        int radius, float scale, bool vectorized)
    {
        StartRunningSum(plane, sums, width, height, height, radius, vectorized);
        for (int y = 0; y < height; y++)
            RunningSumRow(plane, sums, destination.Slice(y * width, width), width, height, height, y, radius, scale, vectorized);
    }

    /// <summary>The column sums of row 0's window (rows −r … r, clamped, row k in slot k mod <paramref name="slots"/>) into <paramref name="sums"/>.</summary>
    internal static void StartRunningSum(ReadOnlySpan<float> plane, Span<float> sums, int width, int height, int slots, int radius, bool vectorized)
    {
        sums = sums[..width];
        sums.Clear();
        for (int k = -radius; k <= radius; k++)
            AddRow(sums, plane.Slice(Slot(k, height, slots) * width, width), vectorized);
    }

    /// <summary>
    /// Row <paramref name="y"/> of the running vertical sum (scale · sums), then sums moved on to row y + 1; rows
    /// must be taken in order from 0 after <see cref="StartRunningSum"/>. Reads rows y − r and y + r + 1 (clamped) only,
    /// row k from slot k mod <paramref name="slots"/>.
    /// </summary>
    internal static void RunningSumRow(ReadOnlySpan<float> plane, Span<float> sums, Span<float> output, int width, int height, int slots, int y,
        int radius, float scale, bool vectorized)
    {
        ReadOnlySpan<float> entering = plane.Slice(Slot(y + radius + 1, height, slots) * width, width);
        ReadOnlySpan<float> leaving = plane.Slice(Slot(y - radius, height, slots) * width, width);
        sums = sums[..width];
        output = output[..width];
        int x = 0;
        if (vectorized && Vector256.IsHardwareAccelerated)
        {
            ref float sum = ref MemoryMarshal.GetReference(sums);
            ref float dst = ref MemoryMarshal.GetReference(output);
            ref float add = ref MemoryMarshal.GetReference(entering);
            ref float sub = ref MemoryMarshal.GetReference(leaving);
            Vector256<float> factor = Vector256.Create(scale);
            for (; x <= width - Vector256<float>.Count; x += Vector256<float>.Count)
            {
                Vector256<float> current = Vector256.LoadUnsafe(ref sum, (nuint)x);
                (current * factor).StoreUnsafe(ref dst, (nuint)x);
                (current + Vector256.LoadUnsafe(ref add, (nuint)x) - Vector256.LoadUnsafe(ref sub, (nuint)x)).StoreUnsafe(ref sum, (nuint)x);
            }
        }
        for (; x < width; x++)
        {
            output[x] = sums[x] * scale;
            sums[x] = sums[x] + entering[x] - leaving[x];
        }
    }

    private static void AddRow(Span<float> sums, ReadOnlySpan<float> row, bool vectorized)
    {
        int x = 0;
        if (vectorized && Vector256.IsHardwareAccelerated)
        {
            ref float sum = ref MemoryMarshal.GetReference(sums);
            ref float src = ref MemoryMarshal.GetReference(row);
            for (; x <= sums.Length - Vector256<float>.Count; x += Vector256<float>.Count)
                (Vector256.LoadUnsafe(ref sum, (nuint)x) + Vector256.LoadUnsafe(ref src, (nuint)x)).StoreUnsafe(ref sum, (nuint)x);
        }
        for (; x < sums.Length; x++)
            sums[x] += row[x];
    }

    private static int Slot(int y, int height, int slots) => Math.Clamp(y, 0, height - 1) % slots;

    internal static void Pad(ReadOnlySpan<float> row, Span<float> padded, int radius)
    {
        padded[..radius].Fill(row[0]);
        row.CopyTo(padded[radius..]);
        padded.Slice(radius + row.Length, radius).Fill(row[^1]);
    }

    private static void Check(ReadOnlySpan<float> source, Span<float> destination, Span<float> scratch, Span<float> paddedRow,
        int width, int height, int radius)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        int size = width * height;
        if (source.Length < size || destination.Length < size || scratch.Length < size || paddedRow.Length < width + 2 * radius)
            throw new ArgumentException("Buffers smaller than the plane.");
    }
}
