using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public class BlurKernelTests
{
    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Background_cells_vector_equal_scalar(int width)
    {
        int chromaWidth = (width + 1) / 2;
        CellRowSource source = RandomRows(width, chromaWidth, seed: width);
        var vector = new float[BackgroundCells.Channels * BackgroundCells.CellCount(width)];
        var scalar = new float[vector.Length];
        BackgroundCells.AccumulateRow(source, width, vector);
        BackgroundCells.AccumulateRowScalar(source, width, scalar);
        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void A_cell_holds_background_weighted_sums_and_person_pixels_weigh_nothing()
    {
        // 4×4 pixels: the left half is the person (alpha 255, Y 200), the right half background (Y 20).
        byte[] y = [200, 200, 20, 20];
        byte[] alpha = [255, 255, 0, 0];
        var source = new CellRowSource
        {
            Y0 = y, Y1 = y, Y2 = y, Y3 = y, Alpha0 = alpha, Alpha1 = alpha, Alpha2 = alpha, Alpha3 = alpha,
            U0 = [90, 30], U1 = [90, 30], V0 = [160, 40], V1 = [160, 40],
        };
        var cell = new float[4];
        BackgroundCells.AccumulateRow(source, 4, cell);
        float weight = 8 * 255;
        Assert.Equal([20 * weight, 30 * weight, 40 * weight, weight], cell);
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
        float[] cells = KernelData.Floats(BackgroundCells.Channels * width * height, width * height, 0, 1_000_000);
        float[] vector = new float[cells.Length], scalar = new float[cells.Length];
        CellBlur.Horizontal(cells, vector, width, height, radius);
        CellBlur.HorizontalScalar(cells, scalar, width, height, radius);
        Assert.Equal(scalar, vector);
        CellBlur.Vertical(cells, vector, new float[BackgroundCells.Channels * width], width, height, radius);
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
    public void Cell_planes_vector_equal_scalar(int length)
    {
        float[] cells = KernelData.Floats(BackgroundCells.Channels * length, length, 0, 100_000);
        float[][] vector = [new float[length], new float[length], new float[length], new float[length]];
        float[][] scalar = [new float[length], new float[length], new float[length], new float[length]];
        CellPlanes.Split(cells, vector[0], vector[1], vector[2], vector[3]);
        CellPlanes.SplitScalar(cells, scalar[0], scalar[1], scalar[2], scalar[3]);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Normalized_blend_vector_equals_scalar(int length)
    {
        float[] weightTop = KernelData.Floats(length, 1, 1, 4000), weightBottom = KernelData.Floats(length, 2, 1, 4000);
        float[] sumTop = KernelData.Floats(length, 3, 0, 260 * 4000), sumBottom = KernelData.Floats(length, 4, 0, 260 * 4000);
        byte[] alpha = KernelData.Alpha(length, 5);
        // Whole blocks of person and of background take the shortcuts.
        alpha.AsSpan(0, Math.Min(length, 32)).Fill(255);
        alpha.AsSpan(Math.Min(length, 64), Math.Min(Math.Max(length - 64, 0), 32)).Clear();
        byte[] vector = KernelData.Bytes(length, 6), scalar = (byte[])vector.Clone();
        NormalizedBlend.Row(sumTop, sumBottom, weightTop, weightBottom, 0.125f, 0.875f, vector, alpha);
        NormalizedBlend.RowScalar(sumTop, sumBottom, weightTop, weightBottom, 0.125f, 0.875f, scalar, alpha);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Cell_pairs_vector_equal_scalar(int width)
    {
        float[] top = KernelData.Floats(BackgroundCells.Channels * width, 1, 0, 1_000_000);
        float[] bottom = KernelData.Floats(BackgroundCells.Channels * width, 2, 0, 1_000_000);
        foreach (float[]? second in new[] { bottom, null })
        {
            var vector = new float[BackgroundCells.Channels * CellPairs.Half(width)];
            var scalar = new float[vector.Length];
            CellPairs.SumRow(top, second, width, vector);
            CellPairs.SumRowScalar(top, second, width, scalar);
            Assert.Equal(scalar, vector);
        }
    }

    private static CellRowSource RandomRows(int width, int chromaWidth, int seed) => new()
    {
        Y0 = KernelData.Bytes(width, seed), Y1 = KernelData.Bytes(width, seed + 1),
        Y2 = KernelData.Bytes(width, seed + 2), Y3 = KernelData.Bytes(width, seed + 3),
        Alpha0 = KernelData.Alpha(width, seed + 4), Alpha1 = KernelData.Alpha(width, seed + 5),
        Alpha2 = KernelData.Alpha(width, seed + 6), Alpha3 = KernelData.Alpha(width, seed + 7),
        U0 = KernelData.Bytes(chromaWidth, seed + 8), U1 = KernelData.Bytes(chromaWidth, seed + 9),
        V0 = KernelData.Bytes(chromaWidth, seed + 10), V1 = KernelData.Bytes(chromaWidth, seed + 11),
    };
}
