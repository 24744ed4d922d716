using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public class ResamplingTests
{
    [Theory]
    [InlineData(1280, 256)]
    [InlineData(1920, 256)]
    [InlineData(720, 256)]
    [InlineData(1080, 144)]
    [InlineData(37, 5)]
    [InlineData(5, 37)]
    [InlineData(1, 4)]
    [InlineData(256, 1280)]
    public void Weights_of_every_destination_pixel_sum_to_one(int source, int destination)
    {
        ResamplingTaps taps = ResamplingTaps.Create(source, destination);
        for (int i = 0; i < destination; i++)
        {
            float sum = 0;
            for (int k = 0; k < taps.TapCount; k++)
                sum += taps.Weights[k * destination + i];
            Assert.Equal(1f, sum, 1e-5f);
            Assert.InRange(taps.First[i], 0, source - taps.TapCount);
        }
    }

    [Theory]
    [InlineData(256, 1280, true)]
    [InlineData(320, 1280, true)]
    [InlineData(160, 640, true)]
    [InlineData(1250, 1280, false)]
    [InlineData(1280, 256, false)]
    [InlineData(7, 64, false)]
    public void Enlarging_reads_each_block_of_eight_from_one_window_of_eight(int source, int destination, bool permutable)
    {
        ResamplingTaps taps = ResamplingTaps.Bilinear(source, 0, source, destination);
        Assert.Equal(permutable, taps.BlockStarts is not null);
        if (taps.BlockStarts is { } starts)
            Assert.All(starts, start => Assert.InRange(start, 0, source - ResamplingTaps.BlockSize));
    }

    [Fact]
    public void Shrinking_by_a_fraction_spreads_each_pixel_over_its_overlap()
    {
        // 1920 → 256 is 7.5 source pixels per destination pixel: pixel 1 covers [7.5, 15).
        ResamplingTaps taps = ResamplingTaps.Create(1920, 256);
        Assert.Equal(7, taps.First[1]);
        Assert.Equal(0.5f / 7.5f, taps.Weights[1], 1e-6f);
        Assert.Equal(1f / 7.5f, taps.Weights[256 + 1], 1e-6f);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Row_resampler_vector_equals_scalar(int destination)
    {
        foreach (int source in new[] { 1, 7, 8, 9, destination / 5 + 1, destination / 2 + 1, destination, destination * 2 + 1, destination * 5 / 2,
            destination * 3, destination * 5, destination * 15 / 2 + 1 })
        {
            foreach (ResamplingTaps taps in new[] { ResamplingTaps.Create(source, destination), ResamplingTaps.Bilinear(source, 0, source, destination) })
            {
                float[] row = KernelData.Floats(source, destination, 0, 255);
                var vector = new float[destination];
                var scalar = new float[destination];
                RowResampler.Resample(row, taps, vector);
                RowResampler.ResampleScalar(row, taps, scalar);
                Assert.Equal(scalar, vector);

                // A padded row: what lies past the source's end is loaded but never weighed in.
                float[] padded = Enumerable.Repeat(1e30f, RowResampler.PaddedLength(taps)).ToArray();
                row.CopyTo(padded, 0);
                var fromPadded = new float[destination];
                RowResampler.Resample(padded, taps, fromPadded);
                Assert.Equal(scalar, fromPadded);
            }
        }
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Row_resampler_over_a_range_writes_that_range_as_the_whole_row_would(int destination)
    {
        foreach (int source in new[] { 1, 9, destination / 5 + 1, destination, destination * 5 / 2, destination * 5 })
        {
            foreach (ResamplingTaps taps in new[] { ResamplingTaps.Create(source, destination), ResamplingTaps.Bilinear(source, 0, source, destination) })
            {
                float[] row = KernelData.Floats(source, destination, 0, 255);
                var whole = new float[destination];
                RowResampler.ResampleScalar(row, taps, whole);
                foreach ((int from, int to) in new[] { (0, destination), (destination / 3, destination / 3 + 1), (destination / 5, destination * 4 / 5), (destination - 1, destination) })
                {
                    var vector = new float[destination];
                    var scalar = new float[destination];
                    RowResampler.Resample(row, taps, vector, from, to);
                    RowResampler.ResampleScalar(row, taps, scalar, from, to);
                    Assert.Equal(whole[from..to], vector[from..to]);
                    Assert.Equal(whole[from..to], scalar[from..to]);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Row_resampler_to_fixed_point_is_the_float_row_scaled_clamped_and_rounded(int destination)
    {
        foreach (int source in new[] { 1, 9, destination / 10 + 1, destination / 5 + 1, destination })
        {
            foreach (ResamplingTaps taps in new[] { ResamplingTaps.Bilinear(source, 0, source, destination), ResamplingTaps.Create(source, destination) })
            {
                float[] row = KernelData.Floats(source, destination + source, -300, 300);
                var floats = new float[destination];
                RowResampler.ResampleScalar(row, taps, floats);
                // Both the blur's range (only the top is reached) and the refiner's (both ends are).
                foreach ((float scale, short lowest, short highest) in new[] { (128f, (short)0, (short)(255 << 7)), (4096f, (short)-32767, (short)32767) })
                {
                    short[] expected = [.. floats.Select(value => (short)MathF.Round(Math.Clamp(value * scale, lowest, highest)))];
                    foreach ((int from, int to) in new[] { (0, destination), (destination / 3, destination / 3 + 1), (destination / 5, destination * 4 / 5) })
                    {
                        var vector = new short[destination];
                        var scalar = new short[destination];
                        RowResampler.ResampleToFixedPoint(row, taps, vector, from, to, scale, lowest, highest);
                        RowResampler.ResampleToFixedPointScalar(row, taps, scalar, from, to, scale, lowest, highest);
                        Assert.Equal(expected[from..to], vector[from..to]);
                        Assert.Equal(expected[from..to], scalar[from..to]);
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Row_resampler_to_fixed_point_rounds_halves_to_even(int length)
    {
        // Integers enlarged by four are weighted by eighths; scaled by four, many outputs are ties.
        int source = Math.Max(1, length / 4), destination = 4 * source;
        ResamplingTaps taps = ResamplingTaps.Bilinear(source, 0, source, destination);
        float[] row = [.. Enumerable.Range(0, source).Select(i => (float)(i * 37 % 101 - 50))];
        var floats = new float[destination];
        RowResampler.ResampleScalar(row, taps, floats);
        short[] expected = [.. floats.Select(value => (short)MathF.Round(value * 4f, MidpointRounding.ToEven))];
        var vector = new short[destination];
        RowResampler.ResampleToFixedPoint(row, taps, vector, 0, destination, 4f, -32767, 32767);
        Assert.Equal(expected, vector);
        if (source > 1)
            Assert.Contains(floats, value => Math.Abs(value * 4f % 1f) == 0.5f);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Weighted_rows_vector_equals_scalar(int length)
    {
        byte[] first = KernelData.Bytes(length, 1), second = KernelData.Bytes(length, 2);
        var vector = new float[length];
        var scalar = new float[length];
        WeightedRows.Accumulate(first, 0.3f, vector, first: true);
        WeightedRows.Accumulate(second, 0.7f, vector, first: false);
        WeightedRows.AccumulateScalar(first, 0.3f, scalar, first: true);
        WeightedRows.AccumulateScalar(second, 0.7f, scalar, first: false);
        Assert.Equal(scalar, vector);

        float[] values = KernelData.Floats(length, 3, -20, 280);
        var vectorBytes = new byte[length];
        var scalarBytes = new byte[length];
        WeightedRows.RoundToBytes(values, vectorBytes);
        WeightedRows.RoundToBytesScalar(values, scalarBytes);
        Assert.Equal(scalarBytes, vectorBytes);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Integer_row_sums_vector_equal_scalar(int length)
    {
        var vector = new ushort[length];
        var scalar = new ushort[length];
        for (int row = 0; row < 5; row++)
        {
            byte[] bytes = KernelData.Bytes(length, row);
            WeightedRows.SumBytes(bytes, vector, first: row == 0);
            WeightedRows.SumBytesScalar(bytes, scalar, first: row == 0);
        }
        Assert.Equal(scalar, vector);
        float[] accumulator = KernelData.Floats(length, 9), expected = (float[])accumulator.Clone();
        WeightedRows.AccumulateSums(vector, 0.2f, accumulator, first: false);
        WeightedRows.AccumulateSumsScalar(scalar, 0.2f, expected, first: false);
        Assert.Equal(expected, accumulator);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Group_sums_vector_equal_scalar(int length)
    {
        for (int group = 2; group <= GroupSums.MaxGroup; group++)
        {
            int count = length / group;
            var vector = new int[count];
            var scalar = new int[count];
            var fromLongerRows = new int[count];
            for (int row = 0; row < 3; row++)
            {
                // A row that is not a multiple of the group leaves its last bytes out; the longer one goes on with
                // bytes that may be read but must not be summed.
                byte[] bytes = KernelData.Bytes(length, 10 * group + row);
                byte[] longer = [.. bytes[..(count * group)], .. Enumerable.Repeat((byte)255, 20)];
                GroupSums.Add(bytes, group, vector, first: row == 0);
                GroupSums.Add(longer, group, fromLongerRows, first: row == 0);
                GroupSums.AddScalar(bytes, group, scalar, first: row == 0);
            }
            Assert.Equal(scalar, vector);
            Assert.Equal(scalar, fromLongerRows);
            for (int i = 0; i < count; i++)
                Assert.Equal(Enumerable.Range(0, 3).Sum(row => KernelData.Bytes(length, 10 * group + row).Skip(group * i).Take(group).Sum(b => b)), scalar[i]);

            var scaled = new float[count];
            var scaledScalar = new float[count];
            GroupSums.Scale(vector, scaled, 1f / (3 * group));
            GroupSums.ScaleScalar(scalar, scaledScalar, 1f / (3 * group));
            Assert.Equal(scaledScalar, scaled);
        }
    }

    [Theory]
    [InlineData(1280, 720, 256, 144)]
    [InlineData(1280, 720, 160, 90)]
    [InlineData(80, 30, 40, 30)]
    [InlineData(1920, 1080, 256, 144)]
    [InlineData(1920, 1080, 256, 256)]
    [InlineData(33, 17, 5, 3)]
    public void Plane_resampling_matches_the_weighted_sum_of_source_pixels(int width, int height, int outWidth, int outHeight)
    {
        byte[] plane = KernelData.Bytes(width * height, width);
        var horizontal = ResamplingTaps.Create(width, outWidth);
        var vertical = ResamplingTaps.Create(height, outHeight);
        var result = new float[outWidth * outHeight];
        new PlaneResampler(horizontal, vertical).Resample(plane, width, result);
        for (int y = 0; y < outHeight; y += 7)
        {
            for (int x = 0; x < outWidth; x += 5)
            {
                double expected = 0;
                for (int ky = 0; ky < vertical.TapCount; ky++)
                    for (int kx = 0; kx < horizontal.TapCount; kx++)
                        expected += vertical.Weights[ky * outHeight + y] * horizontal.Weights[kx * outWidth + x]
                            * plane[(vertical.First[y] + ky) * width + horizontal.First[x] + kx];
                Assert.Equal(expected, result[y * outWidth + x], 1e-3);
            }
        }
    }

    [Fact]
    public void Area_downscale_by_five_is_the_mean_of_each_block()
    {
        var plane = new byte[10 * 5];
        for (int i = 0; i < plane.Length; i++)
            plane[i] = (byte)(i % 10 < 5 ? 10 : 60);
        var resampler = new PlaneResampler(10, 5, 2, 1);
        var result = new float[2];
        resampler.Resample(plane, 10, result);
        Assert.Equal(10f, result[0], 1e-4f);
        Assert.Equal(60f, result[1], 1e-4f);
    }
}
