using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

/// <summary>The float kernels do the same IEEE operations in the same order in both versions, so they agree exactly.</summary>
public class MaskKernelTests
{
    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Smoothing_vector_equals_scalar(int length)
    {
        float[] input = KernelData.Floats(length, 1);
        float[] vector = KernelData.Floats(length, 2), scalar = (float[])vector.Clone();
        MaskOperations.Smooth(vector, input, 0.6f);
        MaskOperations.SmoothScalar(scalar, input, 0.6f);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Linear_unit_vector_equals_scalar(int length)
    {
        float[] a = KernelData.Floats(length, 1, -3, 3), b = KernelData.Floats(length, 2, -300, 300), x = KernelData.Floats(length, 3, 0, 255);
        float[] vector = new float[length], scalar = new float[length];
        MaskOperations.LinearUnit(a, b, x, vector, 1f / 255);
        MaskOperations.LinearUnitScalar(a, b, x, scalar, 1f / 255);
        Assert.Equal(scalar, vector);
        Assert.All(vector, v => Assert.InRange(v, 0f, 1f));
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Scaling_vector_equals_scalar(int length)
    {
        float[] source = KernelData.Floats(length, 1);
        float[] vector = new float[length], scalar = new float[length];
        MaskOperations.Scale(source, vector, 255f);
        MaskOperations.ScaleScalar(source, scalar, 255f);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Soft_threshold_vector_equals_scalar(int length)
    {
        float[] a = KernelData.Floats(length, 1);
        float[] vector = new float[length], scalar = new float[length];
        MaskOperations.SoftThreshold(a, vector, 0.35f, 1f / 0.3f);
        MaskOperations.SoftThresholdScalar(a, scalar, 0.35f, 1f / 0.3f);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Guided_sums_vector_equal_scalar(int length)
    {
        float[] guide = KernelData.Floats(length, 1, 0, 255), mask = KernelData.Floats(length, 2);
        foreach (int radius in new[] { 0, 1, 4 })
        {
            float[][] vector = [new float[length], new float[length], new float[length], new float[length]];
            float[][] scalar = [new float[length], new float[length], new float[length], new float[length]];
            GuidedSums.HorizontalRow(guide, mask, new float[length + 2 * radius], new float[length + 2 * radius], radius,
                vector[0], vector[1], vector[2], vector[3]);
            GuidedSums.HorizontalRowScalar(guide, mask, new float[length + 2 * radius], new float[length + 2 * radius], radius,
                scalar[0], scalar[1], scalar[2], scalar[3]);
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void Guided_sums_are_the_window_sums_of_guide_mask_and_their_products_with_edges_repeated()
    {
        float[] guide = [10, 20, 30, 40, 50], mask = [1, 0, 0.5f, 0.25f, 1];
        float[] sumGuide = new float[5], sumMask = new float[5], sumSquared = new float[5], sumProduct = new float[5];
        GuidedSums.HorizontalRow(guide, mask, new float[7], new float[7], 1, sumGuide, sumMask, sumSquared, sumProduct);
        // Window of x = 0: samples 0 (repeated edge), 0, 1.
        Assert.Equal([40, 60, 90, 120, 140], sumGuide);
        Assert.Equal([2, 1.5f, 0.75f, 1.75f, 2.25f], sumMask);
        Assert.Equal(10 * 10 + 10 * 10 + 20 * 20, sumSquared[0]);
        Assert.Equal(40 * 40 + 50 * 50 + 50 * 50, sumSquared[4]);
        Assert.Equal(10 * 1 + 10 * 1 + 20 * 0, sumProduct[0]);
        Assert.Equal(20 * 0 + 30 * 0.5f + 40 * 0.25f, sumProduct[2]);
    }

    [Fact]
    public void Soft_threshold_is_a_smooth_step_around_the_threshold()
    {
        float[] result = new float[5];
        MaskOperations.SoftThreshold([0.1f, 0.35f, 0.5f, 0.65f, 0.9f], result, 0.35f, 1f / 0.3f);
        Assert.Equal([0f, 0f, 0.5f, 1f, 1f], result.Select(v => MathF.Round(v, 5)));
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(5, 3, 1)]
    [InlineData(8, 9, 2)]
    [InlineData(17, 4, 3)]
    [InlineData(33, 5, 8)]
    [InlineData(256, 144, 2)]
    public void Window_filters_vector_equal_scalar(int width, int height, int radius)
    {
        float[] source = KernelData.Floats(width * height, width + height);
        AssertWindowMatches<SumOperator>(source, width, height, radius, 1f / ((2 * radius + 1) * (2 * radius + 1)));
        AssertWindowMatches<MaxOperator>(source, width, height, radius, 1f);
        AssertWindowMatches<MinOperator>(source, width, height, radius, 1f);
    }

    [Fact]
    public void Dilation_grows_a_square_by_the_radius_and_erosion_shrinks_it()
    {
        const int size = 12;
        var square = new float[size * size];
        for (int y = 4; y < 8; y++)
            for (int x = 4; x < 8; x++)
                square[y * size + x] = 1f;
        var dilated = new float[size * size];
        var eroded = new float[size * size];
        WindowFilter.Apply<MaxOperator>(square, dilated, new float[size * size], new float[size + 4], size, size, 2, 1f);
        WindowFilter.Apply<MinOperator>(square, eroded, new float[size * size], new float[size + 2], size, size, 1, 1f);
        Assert.Equal(8 * 8, dilated.Count(v => v == 1f));
        Assert.Equal(1f, dilated[2 * size + 2]);
        Assert.Equal(2 * 2, eroded.Count(v => v == 1f));
        Assert.Equal(1f, eroded[5 * size + 5]);
    }

    [Fact]
    public void Box_mean_of_a_constant_is_the_constant_at_the_edges_too()
    {
        var plane = Enumerable.Repeat(0.25f, 7 * 5).ToArray();
        var mean = new float[7 * 5];
        WindowFilter.Apply<SumOperator>(plane, mean, new float[7 * 5], new float[7 + 6], 7, 5, 3, 1f / 49);
        Assert.All(mean, v => Assert.Equal(0.25f, v, 1e-6f));
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Guided_coefficients_vector_equal_scalar(int length)
    {
        float[] meanGuide = KernelData.Floats(length, 1), meanMask = KernelData.Floats(length, 2);
        float[] squared = KernelData.Floats(length, 3), product = KernelData.Floats(length, 4);
        float[] a = new float[length], b = new float[length], aScalar = new float[length], bScalar = new float[length];
        GuidedCoefficients.Compute(meanGuide, meanMask, squared, product, 0.01f, a, b);
        GuidedCoefficients.ComputeScalar(meanGuide, meanMask, squared, product, 0.01f, aScalar, bScalar);
        Assert.Equal(aScalar, a);
        Assert.Equal(bScalar, b);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Guided_upsampling_vector_equals_scalar(int length)
    {
        short[] aTop = Quantized(KernelData.Floats(length, 1, -8, 8), GuidedUpsampling.SlopeScale);
        short[] aBottom = Quantized(KernelData.Floats(length, 2, -8, 8), GuidedUpsampling.SlopeScale);
        short[] bTop = Quantized(KernelData.Floats(length, 3, -4000, 4000), GuidedUpsampling.OffsetScale);
        short[] bBottom = Quantized(KernelData.Floats(length, 4, -4000, 4000), GuidedUpsampling.OffsetScale);
        byte[] guide = KernelData.Bytes(length, 5);
        foreach ((float top, float bottom) in new[] { (0.375f, 0.625f), (1f, 0f), (0.5f, 0.5f) })
        {
            byte[] vector = new byte[length], scalar = new byte[length];
            GuidedUpsampling.ApplyRow(aTop, aBottom, bTop, bBottom, Simd.ToQ15(top), Simd.ToQ15(bottom), guide, vector);
            GuidedUpsampling.ApplyRowScalar(aTop, aBottom, bTop, bBottom, Simd.ToQ15(top), Simd.ToQ15(bottom), guide, scalar);
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void Guided_upsampling_is_within_a_level_of_the_same_formula_in_floats()
    {
        // Slopes up to the guided filter's bound (8 levels per guide level with the edge contrast), offsets up to
        // what such a slope can bring back into [0, 255].
        const int n = 100_000;
        float[] aTop = KernelData.Floats(n, 1, -7.9f, 7.9f), aBottom = KernelData.Floats(n, 2, -7.9f, 7.9f);
        float[] bTop = new float[n], bBottom = new float[n];
        byte[] guide = KernelData.Bytes(n, 5);
        var random = new Random(6);
        for (int i = 0; i < n; i++)
        {
            // Offsets that put a·Y + b anywhere from −100 to 355 somewhere between the two rows.
            bTop[i] = -aTop[i] * guide[i] + random.Next(-100, 356);
            bBottom[i] = -aBottom[i] * guide[i] + random.Next(-100, 356);
        }
        foreach ((float top, float bottom) in new[] { (0.1f, 0.9f), (0.5f, 0.5f), (0.7f, 0.3f), (1f, 0f) })
        {
            byte[] alpha = new byte[n];
            GuidedUpsampling.ApplyRow(Quantized(aTop, GuidedUpsampling.SlopeScale), Quantized(aBottom, GuidedUpsampling.SlopeScale),
                Quantized(bTop, GuidedUpsampling.OffsetScale), Quantized(bBottom, GuidedUpsampling.OffsetScale),
                Simd.ToQ15(top), Simd.ToQ15(bottom), guide, alpha);
            for (int i = 0; i < n; i++)
            {
                float exact = (top * aTop[i] + bottom * aBottom[i]) * guide[i] + top * bTop[i] + bottom * bBottom[i];
                Assert.True(Math.Abs(alpha[i] - Math.Clamp(exact, 0f, 255f)) < 0.99f, $"a·Y + b = {exact}, fixed point gave {alpha[i]}");
            }
        }
    }

    /// <summary>Coefficients in the kernel's fixed point, as the refiner's upsampling makes them.</summary>
    private static short[] Quantized(float[] values, float scale) =>
        [.. values.Select(value => (short)MathF.Round(Math.Clamp(value * scale, -short.MaxValue, short.MaxValue)))];

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Flat_classes_vector_equal_scalar(int length)
    {
        float[] a = KernelData.Floats(length, 1, -0.02f, 0.02f), b = KernelData.Floats(length, 2, -10, 265);
        byte[] vector = new byte[length], scalar = new byte[length];
        FlatCoefficients.Classify(a, b, vector);
        FlatCoefficients.ClassifyScalar(a, b, scalar);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Flat_intervals_vector_equal_scalar(int width)
    {
        var random = new Random(width);
        byte[] top = Enumerable.Range(0, width).Select(_ => (byte)random.Next(3)).ToArray();
        byte[] bottom = Enumerable.Range(0, width).Select(_ => (byte)random.Next(3)).ToArray();
        byte[] vector = new byte[Math.Max(width - 1, 1)], scalar = new byte[vector.Length];
        FlatCoefficients.Intervals(top, bottom, vector);
        FlatCoefficients.IntervalsScalar(top, bottom, scalar);
        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void Flat_classes_are_only_given_where_every_guide_value_rounds_to_the_same_alpha()
    {
        float[] a = KernelData.Floats(20_000, 1, -0.05f, 0.05f), b = KernelData.Floats(20_000, 2, -15, 270);
        var classes = new byte[a.Length];
        FlatCoefficients.Classify(a, b, classes);
        Assert.Contains(FlatCoefficients.Transparent, classes);
        Assert.Contains(FlatCoefficients.Opaque, classes);
        Assert.Contains(FlatCoefficients.Mixed, classes);
        var alpha = new byte[256];
        byte[] guide = Enumerable.Range(0, 256).Select(v => (byte)v).ToArray();
        for (int i = 0; i < a.Length; i++)
        {
            if (classes[i] == FlatCoefficients.Mixed)
                continue;
            short[] ai = Quantized(Enumerable.Repeat(a[i], 256).ToArray(), GuidedUpsampling.SlopeScale);
            short[] bi = Quantized(Enumerable.Repeat(b[i], 256).ToArray(), GuidedUpsampling.OffsetScale);
            GuidedUpsampling.ApplyRow(ai, ai, bi, bi, Simd.ToQ15(0.5f), Simd.ToQ15(0.5f), guide, alpha);
            Assert.All(alpha, v => Assert.Equal(classes[i] == FlatCoefficients.Opaque ? 255 : 0, v));
        }
    }

    private static void AssertWindowMatches<TOperator>(float[] source, int width, int height, int radius, float scale)
        where TOperator : IWindowOperator
    {
        var vector = new float[source.Length];
        var scalar = new float[source.Length];
        WindowFilter.Apply<TOperator>(source, vector, new float[source.Length], new float[width + 2 * radius], width, height, radius, scale);
        WindowFilter.ApplyScalar<TOperator>(source, scalar, new float[source.Length], new float[width + 2 * radius], width, height, radius, scale);
        Assert.Equal(scalar, vector);
    }
}
