using System.Diagnostics;
using Fakecam.DBus;
using Xunit.Abstractions;

namespace Fakecam.Tests.DBus;

[Collection(BusCollection.Name)]
public sealed class ConcurrencyTests(BusFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task FiftyClientsCallingAtOnceLoseNoReplies()
    {
        const int clients = 50;
        var connections = Enumerable.Range(0, clients).Select(_ => BusConnection.Connect(fixture.Bus.Address)).ToArray();
        try
        {
            var until = Stopwatch.StartNew();
            int[] completed = new int[clients];
            await Task.WhenAll(connections.Select((connection, index) => Task.Run(async () =>
            {
                var proxy = new BusProxy(connection, TestService.Name, TestService.ObjectPath, TestService.Interface);
                for (int call = 0; until.Elapsed < TimeSpan.FromSeconds(3); call++)
                {
                    int sum = await proxy.CallAsync("Add", w =>
                    {
                        w.WriteInt32(index * 1_000_000);
                        w.WriteInt32(call);
                    }, r => r.ReadInt32(), TimeSpan.FromSeconds(10));
                    Assert.Equal(index * 1_000_000 + call, sum);
                    completed[index]++;
                }
            })));
            output.WriteLine($"{completed.Sum()} calls from {clients} clients in 3 s, fewest from one client: {completed.Min()}");
            Assert.All(completed, count => Assert.True(count > 0));
        }
        finally
        {
            foreach (BusConnection connection in connections)
                connection.Dispose();
        }
    }

    [Fact]
    public async Task RoundTripLatencyIsReported()
    {
        using var client = BusConnection.Connect(fixture.Bus.Address);
        var proxy = new BusProxy(client, TestService.Name, TestService.ObjectPath, TestService.Interface);
        for (int i = 0; i < 200; i++)
            await proxy.CallAsync("Echo", w => w.WriteString("warm-up"), r => r.ReadString());

        double[] microseconds = new double[2000];
        for (int i = 0; i < microseconds.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await proxy.CallAsync("Echo", w => w.WriteString("ping"), r => r.ReadString());
            microseconds[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(microseconds);
        double median = microseconds[microseconds.Length / 2], p99 = microseconds[microseconds.Length * 99 / 100];
        output.WriteLine($"Echo round trip through dbus-daemon: median {median:F0} µs, p99 {p99:F0} µs");
        Assert.True(median < 5_000, $"median round trip {median:F0} µs");
    }
}
