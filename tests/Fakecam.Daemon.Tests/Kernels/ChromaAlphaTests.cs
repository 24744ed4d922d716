using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public class ChromaAlphaTests
{
    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Vector_equals_scalar(int width)
    {
        byte[] top = KernelData.Alpha(width, 1), bottom = KernelData.Alpha(width, 2);
        var vector = new byte[(width + 1) / 2];
        var scalar = new byte[(width + 1) / 2];
        ChromaAlpha.DownsampleRow(top, bottom, vector);
        ChromaAlpha.DownsampleRowScalar(top, bottom, scalar);
        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void Averages_each_two_by_two_block_and_repeats_an_odd_last_column()
    {
        var chroma = new byte[2];
        ChromaAlpha.DownsampleRow([0, 255, 100], [255, 255, 101], chroma);
        Assert.Equal([191, 101], chroma);
    }
}
