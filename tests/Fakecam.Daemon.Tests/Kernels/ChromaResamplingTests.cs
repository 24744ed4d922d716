using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public sealed class ChromaResamplingTests
{
    public static TheoryData<int, int> Sizes()
    {
        var sizes = new TheoryData<int, int>();
        for (int width = 1; width <= 130; width++)
            sizes.Add(width, width % 4 + 1);
        sizes.Add(640, 720);
        sizes.Add(1920, 1081);
        return sizes;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void AverageRowPairsVectorMatchesScalar(int width, int rows)
    {
        int stride = width + 3;
        byte[] source = RandomBytes(stride * rows, width * 31 + rows);
        int outRows = (rows + 1) / 2;
        byte[] vector = new byte[width * outRows];
        byte[] scalar = new byte[width * outRows];

        ChromaResampling.AverageRowPairs(source, stride, width, rows, vector, width);
        ChromaResampling.AverageRowPairsScalar(source, stride, width, rows, scalar, width);

        Assert.Equal(scalar, vector);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void AverageRowPairsInPlaceMatchesScalarIntoAnotherBuffer(int width, int rows)
    {
        byte[] plane = RandomBytes(width * rows, width * 13 + rows);
        int outRows = (rows + 1) / 2;
        byte[] scalar = new byte[width * outRows];
        ChromaResampling.AverageRowPairsScalar(plane, width, width, rows, scalar, width);

        ChromaResampling.AverageRowPairs(plane, width, width, rows, plane, width);

        Assert.Equal(scalar, plane[..scalar.Length]);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Downsample2x2VectorMatchesScalar(int width, int rows)
    {
        byte[] source = RandomBytes(width * rows, width * 17 + rows);
        int outWidth = (width + 1) / 2, outRows = (rows + 1) / 2;
        byte[] vector = new byte[outWidth * outRows];
        byte[] scalar = new byte[outWidth * outRows];

        ChromaResampling.Downsample2x2(source, width, width, rows, vector, outWidth);
        ChromaResampling.Downsample2x2Scalar(source, width, width, rows, scalar, outWidth);

        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void AverageRowPairsRoundsHalfUpAndKeepsALoneLastRow()
    {
        byte[] source = [0, 255, 10, 1, 254, 13, 42, 43, 44];
        byte[] destination = new byte[6];

        ChromaResampling.AverageRowPairs(source, 3, 3, 3, destination, 3);

        Assert.Equal(new byte[] { 1, 255, 12, 42, 43, 44 }, destination);
    }

    [Fact]
    public void Downsample2x2AveragesBlocks()
    {
        byte[] source =
        [
            10, 20, 30,
            30, 40, 50,
            90, 91, 92,
        ];
        byte[] destination = new byte[4];

        ChromaResampling.Downsample2x2(source, 3, 3, 3, destination, 2);

        Assert.Equal(new byte[] { 25, 40, 91, 92 }, destination);
    }

    [Fact]
    public void DestinationTooSmallIsRefused()
    {
        Assert.Throws<ArgumentException>(() => ChromaResampling.AverageRowPairs(new byte[40], 10, 10, 4, new byte[15], 10));
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        byte[] bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
