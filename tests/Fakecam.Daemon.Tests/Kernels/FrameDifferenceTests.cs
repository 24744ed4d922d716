using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public class FrameDifferenceTests
{
    public static TheoryData<int> Lengths => [.. Enumerable.Range(0, 40), 255, 256, 257, 256 * 144 * 3];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Vector_paths_agree_with_the_scalar_reference(int length)
    {
        var random = new Random(length);
        float[] a = Enumerable.Range(0, length).Select(_ => random.NextSingle()).ToArray();
        float[] b = Enumerable.Range(0, length).Select(_ => random.NextSingle()).ToArray();

        float scalar = FrameDifference.SumAbsoluteScalar(a, b, 0);
        float tolerance = 1e-5f * Math.Max(1, scalar);
        Assert.Equal(scalar, FrameDifference.SumAbsoluteVector256(a, b), tolerance);
        Assert.Equal(scalar, FrameDifference.SumAbsoluteVector128(a, b), tolerance);
    }

    [Fact]
    public void Mean_of_absolute_differences()
    {
        Assert.Equal(0, FrameDifference.MeanAbsolute([0.5f, 0.25f], [0.5f, 0.25f]));
        Assert.Equal(0.25f, FrameDifference.MeanAbsolute([0f, 1f, 0.5f, 0.5f], [0.5f, 0.5f, 0.5f, 0.5f]));
        Assert.Equal(0, FrameDifference.MeanAbsolute([], []));
    }
}
