using Fakecam.Daemon.Bench;

namespace Fakecam.Daemon.Tests.Bench;

public class RatioSpreadTests
{
    [Fact]
    public void Odd_count_takes_the_middle_value()
    {
        RatioSpread spread = RatioSpread.Of([1.40, 1.31, 1.52, 1.33, 1.36]);

        Assert.Equal(new RatioSpread(5, 1.31, 1.36, 1.52), spread);
    }

    [Fact]
    public void Even_count_takes_the_mean_of_the_two_middle_values()
    {
        RatioSpread spread = RatioSpread.Of([1.5, 1.3, 1.4, 1.2]);

        Assert.Equal(4, spread.Count);
        Assert.Equal(1.2, spread.Lowest);
        Assert.Equal(1.35, spread.Median, 1e-12);
        Assert.Equal(1.5, spread.Highest);
    }

    [Fact]
    public void No_rounds_is_all_zero()
    {
        Assert.Equal(new RatioSpread(0, 0, 0, 0), RatioSpread.Of([]));
    }
}
