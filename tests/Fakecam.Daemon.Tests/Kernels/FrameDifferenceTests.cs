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
    public void Mean_of_absolute_differences_against_a_threshold()
    {
        Assert.True(FrameDifference.MeanAbsoluteIsBelow([0.5f, 0.25f], [0.5f, 0.25f], 0.001f));
        // Mean 0.25.
        Assert.False(FrameDifference.MeanAbsoluteIsBelow([0f, 1f, 0.5f, 0.5f], [0.5f, 0.5f, 0.5f, 0.5f], 0.25f));
        Assert.True(FrameDifference.MeanAbsoluteIsBelow([0f, 1f, 0.5f, 0.5f], [0.5f, 0.5f, 0.5f, 0.5f], 0.2501f));
        Assert.True(FrameDifference.MeanAbsoluteIsBelow([], [], 0.001f));
    }

    [Theory]
    [InlineData(0.0012f, true)]
    [InlineData(0.0014f, false)]
    public void A_change_is_found_wherever_it_is(float threshold, bool below)
    {
        // Mean difference 0.0013: all of it in the last chunk, or spread evenly.
        int length = 256 * 144 * 3;
        float[] a = new float[length], late = new float[length], even = new float[length];
        Array.Fill(even, 0.0013f);
        int tail = length / 10;
        Array.Fill(late, 0.0013f * length / tail, length - tail, tail);
        Assert.Equal(!below, FrameDifference.MeanAbsoluteIsBelow(a, late, threshold));
        Assert.Equal(!below, FrameDifference.MeanAbsoluteIsBelow(a, even, threshold));
    }

    [Fact]
    public void The_sum_stops_early_once_the_budget_is_spent()
    {
        float[] a = new float[100_000], b = Enumerable.Repeat(1f, 100_000).ToArray();
        float partial = FrameDifference.SumAbsoluteVector256(a, b, budget: 10);
        Assert.InRange(partial, 10, FrameDifference.ChunkLength);
        Assert.InRange(FrameDifference.SumAbsoluteScalar(a, b, 0, budget: 10), 10, FrameDifference.ChunkLength);
        Assert.Equal(100_000, FrameDifference.SumAbsoluteVector256(a, b));
    }
}
