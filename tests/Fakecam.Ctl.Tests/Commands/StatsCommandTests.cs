using System.Text.Json;
using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests.Commands;

[Collection(ApiCollection.Name)]
public sealed class StatsCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public void StatisticsArePrintedAsAlignedKeyValueLines()
    {
        CtlResult result = Run("stats");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "fps           29.97",
                "frames        1234",
                "dropped       3",
                "inference-ms  p50 3.04, p99 4.5",
            ],
            result.Lines);
    }

    [Fact]
    public void StatisticsJsonNestsDictionariesAsObjects()
    {
        using JsonDocument json = JsonDocument.Parse(Run("stats", "--json").Stdout);

        Assert.Equal(29.97, json.RootElement.GetProperty("fps").GetDouble());
        Assert.Equal(1234, json.RootElement.GetProperty("frames").GetInt64());
        Assert.Equal(4.5, json.RootElement.GetProperty("inference-ms").GetProperty("p99").GetDouble());
    }

    [Fact]
    public async Task WatchRefreshesEverySecondUntilInterrupted()
    {
        using var interrupt = new CancellationTokenSource(TimeSpan.FromSeconds(2.5));
        var started = System.Diagnostics.Stopwatch.StartNew();

        CtlResult result = await Ctl.RunAsync(interrupt.Token, "stats", "--watch", "--json", "--bus", Fixture.Bus.Address);

        Assert.Equal(0, result.ExitCode);
        Assert.InRange(started.Elapsed.TotalSeconds, 2.4, 4.5);
        Assert.InRange(result.Lines.Length, 2, 3);
        foreach (string line in result.Lines)
            Assert.Equal(29.97, JsonDocument.Parse(line).RootElement.GetProperty("fps").GetDouble());
        Assert.Equal(result.Lines.Length, Api.Calls.Count(c => c.Method == FakecamBus.Methods.GetStatistics.Name));
    }
}
