using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Box passes over a plane of 4-channel float cells with zero outside the plane (right for normalized
/// convolution: outside cells carry no weight): out = Σ of the 2r+1 cells around, times 1/(2r+1), by
/// running sums, so the cost does not grow with the radius. Three passes per axis approximate a gaussian.
/// </summary>
internal static class CellBlur
{
    private const int Channels = CoarseCells.Channels;

    /// <summary>Blurs each row of <paramref name="source"/> (width cells) into <paramref name="destination"/>.</summary>
    public static void Horizontal(ReadOnlySpan<float> source, Span<float> destination, int width, int height, int radius)
    {
        Check(source, destination, width, height, radius);
        if (!Vector128.IsHardwareAccelerated)
        {
            HorizontalScalar(source, destination, width, height, radius);
            return;
        }
        int rowLength = Channels * width;
        ref float src = ref MemoryMarshal.GetReference(source);
        ref float dst = ref MemoryMarshal.GetReference(destination);
        Vector128<float> scale = Vector128.Create(1f / (2 * radius + 1));
        int y = 0;
        // Each running sum waits on the one before it: four rows at a time keep two independent chains in flight.
        if (Vector256.IsHardwareAccelerated)
        {
            for (; y + 4 <= height; y += 4)
                HorizontalFourRows(ref src, ref dst, (nuint)(y * rowLength), (nuint)rowLength, width, radius, Vector256.Create(scale, scale));
        }
        for (; y < height; y++)
        {
            nuint row = (nuint)(y * rowLength);
            Vector128<float> sum = Vector128<float>.Zero;
            for (int x = 0; x <= Math.Min(radius, width - 1); x++)
                sum += Vector128.LoadUnsafe(ref src, row + (nuint)(Channels * x));
            (sum * scale).StoreUnsafe(ref dst, row);
            for (int x = 1; x < width; x++)
            {
                if (x + radius < width)
                    sum += Vector128.LoadUnsafe(ref src, row + (nuint)(Channels * (x + radius)));
                if (x - radius - 1 >= 0)
                    sum -= Vector128.LoadUnsafe(ref src, row + (nuint)(Channels * (x - radius - 1)));
                (sum * scale).StoreUnsafe(ref dst, row + (nuint)(Channels * x));
            }
        }
    }

    /// <summary>The rows from <paramref name="row"/> on, two per vector (cell x of both rows).</summary>
    private static void HorizontalFourRows(ref float src, ref float dst, nuint row, nuint rowLength, int width, int radius, Vector256<float> scale)
    {
        nuint first = row, third = row + 2 * rowLength;
        Vector256<float> upper = Vector256<float>.Zero, lower = Vector256<float>.Zero;
        for (int x = 0; x <= Math.Min(radius, width - 1); x++)
        {
            upper += Cells(ref src, first, rowLength, x);
            lower += Cells(ref src, third, rowLength, x);
        }
        Store(upper * scale, ref dst, first, rowLength, 0);
        Store(lower * scale, ref dst, third, rowLength, 0);
        for (int x = 1; x < width; x++)
        {
            if (x + radius < width)
            {
                upper += Cells(ref src, first, rowLength, x + radius);
                lower += Cells(ref src, third, rowLength, x + radius);
            }
            if (x - radius - 1 >= 0)
            {
                upper -= Cells(ref src, first, rowLength, x - radius - 1);
                lower -= Cells(ref src, third, rowLength, x - radius - 1);
            }
            Store(upper * scale, ref dst, first, rowLength, x);
            Store(lower * scale, ref dst, third, rowLength, x);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Cells(ref float plane, nuint row, nuint rowLength, int x) =>
        Vector256.Create(Vector128.LoadUnsafe(ref plane, row + (nuint)(Channels * x)), Vector128.LoadUnsafe(ref plane, row + rowLength + (nuint)(Channels * x)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<float> cells, ref float plane, nuint row, nuint rowLength, int x)
    {
        cells.GetLower().StoreUnsafe(ref plane, row + (nuint)(Channels * x));
        cells.GetUpper().StoreUnsafe(ref plane, row + rowLength + (nuint)(Channels * x));
    }

    internal static void HorizontalScalar(ReadOnlySpan<float> source, Span<float> destination, int width, int height, int radius)
    {
        Check(source, destination, width, height, radius);
        float scale = 1f / (2 * radius + 1);
        for (int y = 0; y < height; y++)
        {
            for (int channel = 0; channel < Channels; channel++)
            {
                int row = y * Channels * width + channel;
                float sum = 0f;
                for (int x = 0; x <= Math.Min(radius, width - 1); x++)
                    sum += source[row + Channels * x];
                destination[row] = sum * scale;
                for (int x = 1; x < width; x++)
                {
                    if (x + radius < width)
                        sum += source[row + Channels * (x + radius)];
                    if (x - radius - 1 >= 0)
                        sum -= source[row + Channels * (x - radius - 1)];
                    destination[row + Channels * x] = sum * scale;
                }
            }
        }
    }

    /// <summary>Blurs each column; <paramref name="sum"/> holds one row (4 · width floats).</summary>
    public static void Vertical(ReadOnlySpan<float> source, Span<float> destination, Span<float> sum, int width, int height, int radius)
    {
        Check(source, destination, width, height, radius);
        int rowLength = Channels * width;
        float scale = 1f / (2 * radius + 1);
        sum = sum[..rowLength];
        sum.Clear();
        for (int y = 0; y <= Math.Min(radius, height - 1); y++)
            AddRow(sum, source.Slice(y * rowLength, rowLength), 1f);
        MaskOperations.Scale(sum, destination[..rowLength], scale);
        for (int y = 1; y < height; y++)
        {
            if (y + radius < height && y - radius - 1 >= 0)
            {
                SlideRow(sum, source.Slice((y + radius) * rowLength, rowLength), source.Slice((y - radius - 1) * rowLength, rowLength),
                    destination.Slice(y * rowLength, rowLength), scale);
                continue;
            }
            if (y + radius < height)
                AddRow(sum, source.Slice((y + radius) * rowLength, rowLength), 1f);
            if (y - radius - 1 >= 0)
                AddRow(sum, source.Slice((y - radius - 1) * rowLength, rowLength), -1f);
            MaskOperations.Scale(sum, destination.Slice(y * rowLength, rowLength), scale);
        }
    }

    /// <summary>sum = sum + entering − leaving, output = sum · scale, in one pass (the inside of the plane, where both rows exist).</summary>
    private static void SlideRow(Span<float> sum, ReadOnlySpan<float> entering, ReadOnlySpan<float> leaving, Span<float> output, float scale)
    {
        int n = sum.Length;
        if (entering.Length < n || leaving.Length < n || output.Length < n)
            throw new ArgumentException("Rows differ in length.");
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float s = ref MemoryMarshal.GetReference(sum);
            ref float add = ref MemoryMarshal.GetReference(entering);
            ref float sub = ref MemoryMarshal.GetReference(leaving);
            ref float dst = ref MemoryMarshal.GetReference(output);
            Vector256<float> factor = Vector256.Create(scale);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> slid = Vector256.LoadUnsafe(ref s, (nuint)i) + Vector256.LoadUnsafe(ref add, (nuint)i) - Vector256.LoadUnsafe(ref sub, (nuint)i);
                slid.StoreUnsafe(ref s, (nuint)i);
                (slid * factor).StoreUnsafe(ref dst, (nuint)i);
            }
        }
        for (; i < n; i++)
        {
            sum[i] = sum[i] + entering[i] - leaving[i];
            output[i] = sum[i] * scale;
        }
    }

    internal static void VerticalScalar(ReadOnlySpan<float> source, Span<float> destination, int width, int height, int radius)
    {
        Check(source, destination, width, height, radius);
        int rowLength = Channels * width;
        float scale = 1f / (2 * radius + 1);
        for (int x = 0; x < rowLength; x++)
        {
            float sum = 0f;
            for (int y = 0; y <= Math.Min(radius, height - 1); y++)
                sum += source[y * rowLength + x];
            destination[x] = sum * scale;
            for (int y = 1; y < height; y++)
            {
                if (y + radius < height)
                    sum += source[(y + radius) * rowLength + x];
                if (y - radius - 1 >= 0)
                    sum -= source[(y - radius - 1) * rowLength + x];
                destination[y * rowLength + x] = sum * scale;
            }
        }
    }

    /// <summary>sum += row (sign +1) or sum −= row (sign −1).</summary>
    private static void AddRow(Span<float> sum, ReadOnlySpan<float> row, float sign)
    {
        int n = sum.Length;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float s = ref MemoryMarshal.GetReference(sum);
            ref float r = ref MemoryMarshal.GetReference(row);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> value = Vector256.LoadUnsafe(ref r, (nuint)i);
                Vector256<float> current = Vector256.LoadUnsafe(ref s, (nuint)i);
                (sign > 0 ? current + value : current - value).StoreUnsafe(ref s, (nuint)i);
            }
        }
        for (; i < n; i++)
            sum[i] = sign > 0 ? sum[i] + row[i] : sum[i] - row[i];
    }

    private static void Check(ReadOnlySpan<float> source, Span<float> destination, int width, int height, int radius)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        int length = Channels * width * height;
        if (source.Length < length || destination.Length < length)
            throw new ArgumentException("Planes smaller than the cell grid.");
    }
}
