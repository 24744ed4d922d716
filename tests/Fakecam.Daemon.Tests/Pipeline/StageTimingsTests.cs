using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Tests.Kernels;

namespace Fakecam.Daemon.Tests.Pipeline;

public class StageTimingsTests
{
    [Fact]
    public void Percentiles_of_recorded_durations()
    {
        var timings = new StageTimings("inference");
        for (int i = 1; i <= 100; i++)
            timings.Record(i);

        StageSummary summary = timings.Summarize();
        Assert.Equal(100, summary.Samples);
        Assert.Equal(50, summary.P50);
        Assert.Equal(99, summary.P99);
        Assert.Equal(50.5, summary.Mean);
    }

    [Fact]
    public void Only_the_most_recent_samples_are_kept()
    {
        var timings = new StageTimings("decode", capacity: 10);
        for (int i = 0; i < 10; i++)
            timings.Record(1000);
        for (int i = 0; i < 10; i++)
            timings.Record(1);

        Assert.Equal(1, timings.Summarize().P99);
    }

    [Fact]
    public void Recording_allocates_nothing()
    {
        var timings = new StageTimings("composite");
        SteadyState.AssertAllocationFree(() =>
        {
            for (int i = 0; i < 1000; i++)
                timings.Record(i);
        });
    }
}
