using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>Halves a grid of 4-channel cells on both axes: each output cell is the sum of a 2×2 block (a missing last row or column adds nothing).</summary>
internal static class CellPairs
{
    private const int Channels = BackgroundCells.Channels;

    public static int Half(int cells) => (cells + 1) / 2;

    /// <summary>One output row from input rows <paramref name="top"/> and <paramref name="bottom"/> (null past the last row).</summary>
    public static void SumRow(ReadOnlySpan<float> top, ReadOnlySpan<float> bottom, int width, Span<float> output)
    {
        Check(top, bottom, width, output);
        int x = 0;
        if (Vector256.IsHardwareAccelerated && !bottom.IsEmpty)
        {
            ref float t = ref MemoryMarshal.GetReference(top);
            ref float b = ref MemoryMarshal.GetReference(bottom);
            ref float o = ref MemoryMarshal.GetReference(output);
            for (; x + 2 <= width; x += 2)
            {
                Vector256<float> pair = Vector256.LoadUnsafe(ref t, (nuint)(Channels * x)) + Vector256.LoadUnsafe(ref b, (nuint)(Channels * x));
                (pair.GetLower() + pair.GetUpper()).StoreUnsafe(ref o, (nuint)(Channels * (x / 2)));
            }
        }
        SumRowScalar(top, bottom, width, output, x);
    }

    internal static void SumRowScalar(ReadOnlySpan<float> top, ReadOnlySpan<float> bottom, int width, Span<float> output, int start = 0)
    {
        Check(top, bottom, width, output);
        for (int x = start; x < width; x += 2)
        {
            for (int c = 0; c < Channels; c++)
            {
                float sum = top[Channels * x + c];
                if (!bottom.IsEmpty)
                    sum += bottom[Channels * x + c];
                if (x + 1 < width)
                {
                    float right = top[Channels * (x + 1) + c];
                    if (!bottom.IsEmpty)
                        right += bottom[Channels * (x + 1) + c];
                    sum += right;
                }
                output[Channels * (x / 2) + c] = sum;
            }
        }
    }

    private static void Check(ReadOnlySpan<float> top, ReadOnlySpan<float> bottom, int width, Span<float> output)
    {
        if (top.Length < Channels * width || (!bottom.IsEmpty && bottom.Length < Channels * width) || output.Length < Channels * Half(width))
            throw new ArgumentException("Rows shorter than the cell grid.");
    }
}
