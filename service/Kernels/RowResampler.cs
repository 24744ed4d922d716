using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>Resamples one row of floats along <see cref="ResamplingTaps"/>: dst[i] = Σk w[k,i]·src[first[i]+k].</summary>
internal static class RowResampler
{
    /// <summary>
    /// A source row this long (its end past <see cref="ResamplingTaps.SourceSize"/> finite, zeros say) lets the
    /// shrinking path load whole vectors up to the last destination pixel instead of finishing it in scalar code.
    /// </summary>
    public static int PaddedLength(ResamplingTaps taps) => taps.SourceSize + (taps.TapCount + 7) / 8 * 8;

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
            : taps.TapCount <= 4 ? ResampleTransposedFour(source, taps, destination, start, to)
            : ResampleTransposed(source, taps, destination, start, to);
        ResampleScalar(source, taps, destination, Math.Max(done, from), to);
    }

    /// <summary>
    /// destination[i] = round(clamp(Σk w[k,i]·src[first[i]+k] · <paramref name="scale"/>, lowest, highest)), rounding
    /// to nearest and ties to even, for i in [<paramref name="from"/>, <paramref name="to"/>): the resampled row
    /// straight in 16-bit fixed point. The vector path (bilinear enlarging) also writes the rest of the blocks of 8
    /// that range touches, with the same values the whole row would have.
    /// </summary>
    public static void ResampleToFixedPoint(ReadOnlySpan<float> source, ResamplingTaps taps, Span<short> destination, int from, int to,
        float scale, short lowest, short highest)
    {
        CheckFixedPoint(source, taps, destination);
        int start = from - from % ResamplingTaps.BlockSize;
        int done = Avx2.IsSupported && taps.TapCount == 2 && taps.BlockStarts is not null
            ? ResampleTwoTaps<short, FixedPointOutput>(source, taps, destination, start, to,
                new FixedPointRange(Vector256.Create(scale), Vector256.Create((float)lowest), Vector256.Create((float)highest)))
            : from;
        ResampleToFixedPointScalar(source, taps, destination, Math.Max(done, from), to, scale, lowest, highest);
    }

    internal static void ResampleToFixedPointScalar(ReadOnlySpan<float> source, ResamplingTaps taps, Span<short> destination, int start, int end,
        float scale, short lowest, short highest)
    {
        CheckFixedPoint(source, taps, destination);
        for (int i = start; i < Math.Min(taps.DestinationSize, end); i++)
            destination[i] = (short)(int)MathF.Round(Math.Clamp(WeightedSum(source, taps, i) * scale, lowest, highest));
    }

    internal static void ResampleScalar(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination, int start = 0,
        int end = int.MaxValue)
    {
        Check(source, taps, destination);
        for (int i = start; i < Math.Min(taps.DestinationSize, end); i++)
            destination[i] = WeightedSum(source, taps, i);
    }

    /// <summary>Destination pixel i: its taps added in order, as every vector path adds them.</summary>
    private static float WeightedSum(ReadOnlySpan<float> source, ResamplingTaps taps, int i)
    {
        int n = taps.DestinationSize;
        int first = taps.First[i];
        float sum = 0f;
        for (int k = 0; k < taps.TapCount; k++)
            sum += taps.Weights[k * n + i] * source[first + k];
        return sum;
    }

    private static int ResamplePermute(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination, int start, int end)
    {
        if (taps.TapCount == 2)
            return ResampleTwoTaps<float, FloatOutput>(source, taps, destination, start, end, default);
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

    /// <summary>
    /// <see cref="ResamplePermute"/> for bilinear enlarging, the two taps written out: each block is independent
    /// of the one before, so the processor overlaps them instead of waiting on a loop over the taps. Each block of
    /// 8 sums goes out through <typeparamref name="TOutput"/>.
    /// </summary>
    private static int ResampleTwoTaps<TElement, TOutput>(ReadOnlySpan<float> source, ResamplingTaps taps, Span<TElement> destination,
        int start, int end, in FixedPointRange range)
        where TOutput : ITwoTapOutput<TElement>
    {
        int n = taps.DestinationSize;
        int[] starts = taps.BlockStarts!;
        ref float src = ref MemoryMarshal.GetReference(source);
        ref int first = ref taps.First[0];
        ref float left = ref taps.Weights[0];
        ref float right = ref taps.Weights[n];
        ref TElement dst = ref MemoryMarshal.GetReference(destination);
        int block = start / ResamplingTaps.BlockSize;
        int blocks = Math.Min(starts.Length, (end + ResamplingTaps.BlockSize - 1) / ResamplingTaps.BlockSize);
        for (; block + 1 < blocks; block += 2)
        {
            nuint i = (nuint)(block * ResamplingTaps.BlockSize);
            TOutput.Store(Block(ref src, starts[block], ref first, ref left, ref right, i),
                Block(ref src, starts[block + 1], ref first, ref left, ref right, i + ResamplingTaps.BlockSize), ref dst, i, range);
        }
        if (block < blocks)
        {
            nuint i = (nuint)(block * ResamplingTaps.BlockSize);
            TOutput.Store(Block(ref src, starts[block], ref first, ref left, ref right, i), ref dst, i, range);
            block++;
        }
        return block * ResamplingTaps.BlockSize;
    }

    /// <summary>The eight two-tap sums of the destination block at <paramref name="i"/>, whose source window starts at <paramref name="windowStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Block(ref float src, int windowStart, ref int first, ref float left, ref float right, nuint i)
    {
        Vector256<float> window = Vector256.LoadUnsafe(ref src, (nuint)windowStart);
        Vector256<int> index = Vector256.LoadUnsafe(ref first, i) - Vector256.Create(windowStart);
        Vector256<float> sum = Vector256.LoadUnsafe(ref left, i) * Avx2.PermuteVar8x32(window, index);
        return sum + Vector256.LoadUnsafe(ref right, i) * Avx2.PermuteVar8x32(window, index + Vector256<int>.One);
    }

    /// <summary>Scale and bounds of a 16-bit fixed-point output (unused for floats).</summary>
    private readonly record struct FixedPointRange(Vector256<float> Scale, Vector256<float> Lowest, Vector256<float> Highest);

    private interface ITwoTapOutput<TElement>
    {
        static abstract void Store(Vector256<float> sums, ref TElement destination, nuint at, in FixedPointRange range);

        /// <summary>Two consecutive blocks at once: <paramref name="first"/> at <paramref name="at"/>, then <paramref name="second"/>.</summary>
        static abstract void Store(Vector256<float> first, Vector256<float> second, ref TElement destination, nuint at, in FixedPointRange range);
    }

    private readonly struct FloatOutput : ITwoTapOutput<float>
    {
        public static void Store(Vector256<float> sums, ref float destination, nuint at, in FixedPointRange range) =>
            sums.StoreUnsafe(ref destination, at);

        public static void Store(Vector256<float> first, Vector256<float> second, ref float destination, nuint at, in FixedPointRange range)
        {
            first.StoreUnsafe(ref destination, at);
            second.StoreUnsafe(ref destination, at + ResamplingTaps.BlockSize);
        }
    }

    private readonly struct FixedPointOutput : ITwoTapOutput<short>
    {
        public static void Store(Vector256<float> sums, ref short destination, nuint at, in FixedPointRange range)
        {
            Vector256<int> rounded = Round(sums, range);
            Sse2.PackSignedSaturate(rounded.GetLower(), rounded.GetUpper()).StoreUnsafe(ref destination, at);
        }

        public static void Store(Vector256<float> first, Vector256<float> second, ref short destination, nuint at, in FixedPointRange range)
        {
            // The pack interleaves the halves (first 0–3, second 0–3, first 4–7, second 4–7); the permute puts them in order.
            Vector256<short> packed = Avx2.PackSignedSaturate(Round(first, range), Round(second, range));
            Avx2.Permute4x64(packed.AsInt64(), 0b11_01_10_00).AsInt16().StoreUnsafe(ref destination, at);
        }

        /// <summary>
        /// Scaled, clamped and converted, which rounds to nearest, ties to even (the processor's rounding mode, which
        /// .NET never changes), as MathF.Round does.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<int> Round(Vector256<float> sums, in FixedPointRange range) =>
            Avx.ConvertToVector256Int32(Vector256.MinNative(Vector256.MaxNative(sums * range.Scale, range.Lowest), range.Highest));
    }

    /// <summary>
    /// Shrinking without gathers (slow on many CPUs): eight source floats from each of eight destination pixels'
    /// taps are loaded as the rows of an 8×8 block and transposed, so column k holds tap k of all eight; more
    /// than eight taps take further blocks. Stops at the first destination block whose loads would pass the end
    /// of the source span (see <see cref="PaddedLength"/>).
    /// </summary>
    private static int ResampleTransposed(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination, int start, int end)
    {
        const int Lanes = 8;
        int n = taps.DestinationSize;
        int tapCount = taps.TapCount;
        int lastStart = source.Length - (tapCount + Lanes - 1) / Lanes * Lanes;
        ref float src = ref MemoryMarshal.GetReference(source);
        ref float dst = ref MemoryMarshal.GetReference(destination);
        int[] first = taps.First;
        ref float weights = ref taps.Weights[0];
        int i = start;
        for (; i + Lanes <= n && i < end && first[i + Lanes - 1] <= lastStart; i += Lanes)
        {
            Vector256<float> sum = Vector256<float>.Zero;
            for (int k = 0; k < tapCount; k += Lanes)
            {
                Transpose(
                    Vector256.LoadUnsafe(ref src, (nuint)(first[i] + k)), Vector256.LoadUnsafe(ref src, (nuint)(first[i + 1] + k)),
                    Vector256.LoadUnsafe(ref src, (nuint)(first[i + 2] + k)), Vector256.LoadUnsafe(ref src, (nuint)(first[i + 3] + k)),
                    Vector256.LoadUnsafe(ref src, (nuint)(first[i + 4] + k)), Vector256.LoadUnsafe(ref src, (nuint)(first[i + 5] + k)),
                    Vector256.LoadUnsafe(ref src, (nuint)(first[i + 6] + k)), Vector256.LoadUnsafe(ref src, (nuint)(first[i + 7] + k)),
                    out Vector256<float> c0, out Vector256<float> c1, out Vector256<float> c2, out Vector256<float> c3,
                    out Vector256<float> c4, out Vector256<float> c5, out Vector256<float> c6, out Vector256<float> c7);
                // Tap by tap in order, as the scalar path adds them.
                ref float w = ref Unsafe.Add(ref weights, k * n + i);
                int count = tapCount - k;
                sum += Vector256.LoadUnsafe(ref w) * c0;
                if (count > 1) sum += Vector256.LoadUnsafe(ref w, (nuint)n) * c1;
                if (count > 2) sum += Vector256.LoadUnsafe(ref w, (nuint)(2 * n)) * c2;
                if (count > 3) sum += Vector256.LoadUnsafe(ref w, (nuint)(3 * n)) * c3;
                if (count > 4) sum += Vector256.LoadUnsafe(ref w, (nuint)(4 * n)) * c4;
                if (count > 5) sum += Vector256.LoadUnsafe(ref w, (nuint)(5 * n)) * c5;
                if (count > 6) sum += Vector256.LoadUnsafe(ref w, (nuint)(6 * n)) * c6;
                if (count > 7) sum += Vector256.LoadUnsafe(ref w, (nuint)(7 * n)) * c7;
            }
            sum.StoreUnsafe(ref dst, (nuint)i);
        }
        return i;
    }

    /// <summary>
    /// <see cref="ResampleTransposed"/> for at most four taps (an area filter shrinking by up to 3, such as 4:2:0
    /// chroma from 720p to the model): four source floats per destination pixel, pixels i…i+3 in the low halves
    /// and i+4…i+7 in the high halves, transposed 4×4 within each half: half the shuffles of the 8×8 block.
    /// </summary>
    private static int ResampleTransposedFour(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination, int start, int end)
    {
        const int Lanes = 8;
        int n = taps.DestinationSize;
        int tapCount = taps.TapCount;
        int lastStart = source.Length - 4;
        ref float src = ref MemoryMarshal.GetReference(source);
        ref float dst = ref MemoryMarshal.GetReference(destination);
        int[] first = taps.First;
        ref float weights = ref taps.Weights[0];
        int i = start;
        for (; i + Lanes <= n && i < end && first[i + Lanes - 1] <= lastStart; i += Lanes)
        {
            Vector256<float> r0 = Vector256.Create(Vector128.LoadUnsafe(ref src, (nuint)first[i]), Vector128.LoadUnsafe(ref src, (nuint)first[i + 4]));
            Vector256<float> r1 = Vector256.Create(Vector128.LoadUnsafe(ref src, (nuint)first[i + 1]), Vector128.LoadUnsafe(ref src, (nuint)first[i + 5]));
            Vector256<float> r2 = Vector256.Create(Vector128.LoadUnsafe(ref src, (nuint)first[i + 2]), Vector128.LoadUnsafe(ref src, (nuint)first[i + 6]));
            Vector256<float> r3 = Vector256.Create(Vector128.LoadUnsafe(ref src, (nuint)first[i + 3]), Vector128.LoadUnsafe(ref src, (nuint)first[i + 7]));
            Vector256<float> t0 = Avx.UnpackLow(r0, r1), t1 = Avx.UnpackHigh(r0, r1);
            Vector256<float> t2 = Avx.UnpackLow(r2, r3), t3 = Avx.UnpackHigh(r2, r3);
            // Tap by tap in order, as the scalar path adds them.
            ref float w = ref Unsafe.Add(ref weights, i);
            Vector256<float> sum = Vector256<float>.Zero;
            sum += Vector256.LoadUnsafe(ref w) * Avx.Shuffle(t0, t2, 0x44);
            if (tapCount > 1) sum += Vector256.LoadUnsafe(ref w, (nuint)n) * Avx.Shuffle(t0, t2, 0xEE);
            if (tapCount > 2) sum += Vector256.LoadUnsafe(ref w, (nuint)(2 * n)) * Avx.Shuffle(t1, t3, 0x44);
            if (tapCount > 3) sum += Vector256.LoadUnsafe(ref w, (nuint)(3 * n)) * Avx.Shuffle(t1, t3, 0xEE);
            sum.StoreUnsafe(ref dst, (nuint)i);
        }
        return i;
    }

    /// <summary>c<i>k</i> = column k of the 8×8 block whose rows are r0…r7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose(Vector256<float> r0, Vector256<float> r1, Vector256<float> r2, Vector256<float> r3,
        Vector256<float> r4, Vector256<float> r5, Vector256<float> r6, Vector256<float> r7,
        out Vector256<float> c0, out Vector256<float> c1, out Vector256<float> c2, out Vector256<float> c3,
        out Vector256<float> c4, out Vector256<float> c5, out Vector256<float> c6, out Vector256<float> c7)
    {
        Vector256<float> t0 = Avx.UnpackLow(r0, r1), t1 = Avx.UnpackHigh(r0, r1);
        Vector256<float> t2 = Avx.UnpackLow(r2, r3), t3 = Avx.UnpackHigh(r2, r3);
        Vector256<float> t4 = Avx.UnpackLow(r4, r5), t5 = Avx.UnpackHigh(r4, r5);
        Vector256<float> t6 = Avx.UnpackLow(r6, r7), t7 = Avx.UnpackHigh(r6, r7);
        Vector256<float> q0 = Avx.Shuffle(t0, t2, 0x44), q1 = Avx.Shuffle(t0, t2, 0xEE);
        Vector256<float> q2 = Avx.Shuffle(t1, t3, 0x44), q3 = Avx.Shuffle(t1, t3, 0xEE);
        Vector256<float> q4 = Avx.Shuffle(t4, t6, 0x44), q5 = Avx.Shuffle(t4, t6, 0xEE);
        Vector256<float> q6 = Avx.Shuffle(t5, t7, 0x44), q7 = Avx.Shuffle(t5, t7, 0xEE);
        c0 = Avx.Permute2x128(q0, q4, 0x20);
        c1 = Avx.Permute2x128(q1, q5, 0x20);
        c2 = Avx.Permute2x128(q2, q6, 0x20);
        c3 = Avx.Permute2x128(q3, q7, 0x20);
        c4 = Avx.Permute2x128(q0, q4, 0x31);
        c5 = Avx.Permute2x128(q1, q5, 0x31);
        c6 = Avx.Permute2x128(q2, q6, 0x31);
        c7 = Avx.Permute2x128(q3, q7, 0x31);
    }

    private static void CheckFixedPoint(ReadOnlySpan<float> source, ResamplingTaps taps, Span<short> destination)
    {
        if (source.Length < taps.SourceSize || destination.Length < taps.DestinationSize)
            throw new ArgumentException("Row shorter than the resampling taps.");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(ReadOnlySpan<float> source, ResamplingTaps taps, Span<float> destination)
    {
        if (source.Length < taps.SourceSize || destination.Length < taps.DestinationSize)
            throw new ArgumentException("Row shorter than the resampling taps.");
    }
}
