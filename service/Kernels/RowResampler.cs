using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>Resamples one row of floats along <see cref="ResamplingTaps"/>: dst[i] = Σk w[k,i]·src[first[i]+k].</summary>
internal static class RowResampler
{
    public static void Resample(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination) =>
        Resample(source, taps, destination, 0, taps.DestinationSize);

    /// <summary>
    /// Only destination[<paramref name="from"/>..<paramref name="to"/>) is needed; the vector paths also write
    /// the rest of the blocks of 8 that range touches, with the same values the whole row would have.
    /// </summary>
    public static void Resample(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination, int from, int to)
    {
        Check(source, taps, destination);
        int start = from - from % Vector256<float>.Count;
        int done = !Avx2.IsSupported ? from
            : taps.BlockStarts is not null ? ResamplePermute(source, taps, destination, start, to)
            : ResampleGather(source, taps, destination, start, to);
        ResampleScalar(source, taps, destination, Math.Max(done, from), to);
    }

    internal static void ResampleScalar(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination, int start = 0,
        int end = int.MaxValue)
    {
        Check(source, taps, destination);
        int n = taps.DestinationSize;
        float[] weights = taps.Weights;
        for (int i = start; i < Math.Min(n, end); i++)
        {
            int first = taps.First[i];
            float sum = 0f;
            for (int k = 0; k < taps.TapCount; k++)
                sum += weights[k * n + i] * source[first + k];
            destination[i] = sum;
        }
    }

    private static int ResamplePermute(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination, int start, int end)
    {
        int n = taps.DestinationSize;
        int[] starts = taps.BlockStarts!;
        ref float src = ref MemoryMarshal.GetReference(source);
        ref int first = ref taps.First[0];
        ref float weights = ref taps.Weights[0];
        int block = start / ResamplingTaps.BlockSize;
        for (; block < starts.Length && block * ResamplingTaps.BlockSize < end; block++)
        {
            int i = block * ResamplingTaps.BlockSize;
            int windowStart = starts[block];
            Vector256<float> window = Vector256.LoadUnsafe(ref src, (nuint)windowStart);
            Vector256<int> index = Vector256.LoadUnsafe(ref first, (nuint)i) - Vector256.Create(windowStart);
            Vector256<float> sum = Vector256<float>.Zero;
            for (int k = 0; k < taps.TapCount; k++)
            {
                Vector256<float> weight = Vector256.LoadUnsafe(ref weights, (nuint)(k * n + i));
                sum += weight * Avx2.PermuteVar8x32(window, index + Vector256.Create(k));
            }
            sum.StoreUnsafe(ref destination[0], (nuint)i);
        }
        return block * ResamplingTaps.BlockSize;
    }

    private static unsafe int ResampleGather(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination, int start, int end)
    {
        int n = taps.DestinationSize;
        int vectorEnd = Math.Min(n - n % Vector256<float>.Count, end + Vector256<float>.Count - 1);
        ref int first = ref taps.First[0];
        ref float weights = ref taps.Weights[0];
        fixed (float* src = source)
        {
            int i = start;
            for (; i + Vector256<float>.Count <= vectorEnd; i += Vector256<float>.Count)
            {
                Vector256<int> index = Vector256.LoadUnsafe(ref first, (nuint)i);
                Vector256<float> sum = Vector256<float>.Zero;
                for (int k = 0; k < taps.TapCount; k++)
                {
                    Vector256<float> weight = Vector256.LoadUnsafe(ref weights, (nuint)(k * n + i));
                    sum += weight * Avx2.GatherVector256(src, index + Vector256.Create(k), 4);
                }
                sum.StoreUnsafe(ref destination[0], (nuint)i);
            }
            return i;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination)
    {
        if (source.Length < taps.SourceSize || destination.Length < taps.DestinationSize)
            throw new ArgumentException("Row shorter than the resampling taps.");
    }
}
