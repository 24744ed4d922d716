using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public class BlurKernelTests
{
    [Fact]
    public void A_cell_holds_background_weighted_sums_and_person_samples_weigh_nothing()
    {
        // 3×3 coarse samples make 2×2 cells; the top-left cell has one person sample (alpha 1, Y 200) and three
        // background ones (Y 20), the right column and bottom row are half-covered cells of background.
        float[] y = [200, 20, 60, 20, 20, 60, 90, 90, 90];
        float[] u = [10, 30, 30, 30, 30, 30, 30, 30, 30];
        float[] v = [10, 40, 40, 40, 40, 40, 40, 40, 40];
        float[] alpha = [1, 0, 0, 0, 0, 0, 0, 0, 0.5f];
        var cells = new float[4 * CoarseCells.CellCount(3) * CoarseCells.CellCount(3)];
        CoarseCells.Pool(y, u, v, alpha, 3, 3, cells);
        Assert.Equal([20 * 765f, 30 * 765f, 40 * 765f, 765f], cells[..4]);
        Assert.Equal([60 * 510f, 30 * 510f, 40 * 510f, 510f], cells[4..8]);
        Assert.Equal([90 * 510f, 30 * 510f, 40 * 510f, 510f], cells[8..12]);
        Assert.Equal([90 * 127.5f, 30 * 127.5f, 40 * 127.5f, 127.5f], cells[12..16]);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(8, 2)]
    [InlineData(9, 5)]
    [InlineData(31, 4)]
    [InlineData(256, 144)]
    [InlineData(255, 17)]
    public void Coarse_pooling_vector_equals_scalar(int width, int height)
    {
        int pixels = width * height;
        float[] y = KernelData.Floats(pixels, 1, 0, 255), u = KernelData.Floats(pixels, 2, 0, 255), v = KernelData.Floats(pixels, 3, 0, 255);
        float[] alpha = KernelData.Floats(pixels, 4, 0, 1);
        alpha.AsSpan(0, pixels / 3).Fill(1f);
        var vector = new float[CoarseCells.Channels * CoarseCells.CellCount(width) * CoarseCells.CellCount(height)];
        float[] scalar = new float[vector.Length];
        CoarseCells.Pool(y, u, v, alpha, width, height, vector);
        CoarseCells.PoolScalar(y, u, v, alpha, width, height, scalar);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(1, 5, 2)]
    [InlineData(5, 1, 2)]
    [InlineData(7, 9, 3)]
    [InlineData(40, 23, 9)]
    [InlineData(320, 180, 9)]
    public void Cell_blur_vector_equals_scalar(int width, int height, int radius)
    {
        float[] cells = KernelData.Floats(CoarseCells.Channels * width * height, width * height, 0, 1_000_000);
        float[] vector = new float[cells.Length], scalar = new float[cells.Length];
        CellBlur.Horizontal(cells, vector, width, height, radius);
        CellBlur.HorizontalScalar(cells, scalar, width, height, radius);
        Assert.Equal(scalar, vector);
        CellBlur.Vertical(cells, vector, new float[CoarseCells.Channels * width], width, height, radius);
        CellBlur.VerticalScalar(cells, scalar, width, height, radius);
        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void Cell_blur_is_a_box_mean_with_zero_outside()
    {
        float[] cells = [0, 0, 0, 0, 3, 6, 9, 12, 0, 0, 0, 0];
        var blurred = new float[cells.Length];
        CellBlur.Horizontal(cells, blurred, 3, 1, 1);
        Assert.Equal([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4], blurred.Select(v => MathF.Round(v, 5)));
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Cell_normalization_vector_equals_scalar(int length)
    {
        float[] cells = KernelData.Floats(CoarseCells.Channels * length, length, 0, 100_000);
        float[][] vector = [new float[length], new float[length], new float[length]];
        float[][] scalar = [new float[length], new float[length], new float[length]];
        CellNormalization.Normalize(cells, vector[0], vector[1], vector[2]);
        CellNormalization.NormalizeScalar(cells, scalar[0], scalar[1], scalar[2]);
        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void Normalization_gives_the_background_average_and_grey_where_there_is_none()
    {
        float[] cells = [20 * 2040, 30 * 2040, 40 * 2040, 2040, 0, 0, 0, 0];
        float[] y = new float[2], u = new float[2], v = new float[2];
        CellNormalization.Normalize(cells, y, u, v);
        Assert.Equal([20f, 30f, 40f], new[] { y[0], u[0], v[0] }.Select(value => MathF.Round(value)));
        Assert.Equal([128f, 128f, 128f], new[] { y[1], u[1], v[1] });
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Background_blend_vector_equals_scalar(int length)
    {
        short[] top = Fixed(KernelData.Floats(length, 1, 0, 255)), bottom = Fixed(KernelData.Floats(length, 2, 0, 255));
        byte[] alpha = KernelData.Alpha(length, 5);
        // Whole blocks of person and of background take the shortcuts.
        alpha.AsSpan(0, Math.Min(length, 32)).Fill(255);
        alpha.AsSpan(Math.Min(length, 64), Math.Min(Math.Max(length - 64, 0), 32)).Clear();
        foreach (short weight in new short[] { 0, 4096, 28672, short.MaxValue })
        {
            byte[] vector = KernelData.Bytes(length, 6), scalar = (byte[])vector.Clone();
            BackgroundBlend.Row(top, bottom, weight, vector, alpha);
            BackgroundBlend.RowScalar(top, bottom, weight, scalar, alpha);
            Assert.Equal(scalar, vector);
        }
    }

    [Theory]
    [InlineData(0f, 100f, 200f)]
    [InlineData(0.25f, 100f, 200f)]
    [InlineData(0.5f, 17.3f, 240.9f)]
    [InlineData(1f, 100f, 200f)]
    public void The_background_is_the_interpolated_rows_within_half_a_level(float weight, float top, float bottom)
    {
        short[] topRow = Fixed([top]), bottomRow = Fixed([bottom]);
        byte[] row = [77];
        BackgroundBlend.Row(topRow, bottomRow, Simd.ToQ15(weight), row, [0]);
        float expected = top + (bottom - top) * weight;
        Assert.True(Math.Abs(row[0] - expected) <= 0.52f, $"{row[0]} for {expected}");
        byte[] person = [77];
        BackgroundBlend.Row(topRow, bottomRow, Simd.ToQ15(weight), person, [255]);
        Assert.Equal(77, person[0]);
    }

    /// <summary>Background values in the blend's fixed point, as the blur's upsampling makes them.</summary>
    private static short[] Fixed(float[] values) =>
        [.. values.Select(value => (short)MathF.Round(Math.Clamp(value * (1 << BackgroundBlend.FractionBits), 0, BackgroundBlend.MaxValue)))];
}
