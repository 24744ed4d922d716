using System.Diagnostics;
using Fakecam.DBus;
using Xunit.Abstractions;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>Many clients at once: every call answered, the service keeps running and its memory stays put.</summary>
public sealed class ConcurrencyTests(ServiceFixture fixture, ITestOutputHelper output) : ServiceTest(fixture)
{
    private const int Clients = 50;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Fifty_clients_calling_for_ten_seconds_all_get_their_replies()
    {
        var connections = Enumerable.Range(0, Clients).Select(_ => BusConnection.Connect(Fixture.Bus.Address)).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            Task<long>[] clients = [.. connections.Select((connection, index) => Task.Run(() => CallRepeatedly(connection, index, clock)))];
            await Task.Delay(TimeSpan.FromSeconds(2));
            long rssAtTwoSeconds = Fixture.Daemon.ResidentKilobytes();

            long[] answered = await Task.WhenAll(clients);

            long rssAtEnd = Fixture.Daemon.ResidentKilobytes();
            long total = answered.Sum();
            output.WriteLine($"{total} calls answered in {clock.Elapsed.TotalSeconds:F1} s; daemon RSS {rssAtTwoSeconds / 1024.0:F1} MB at 2 s, {rssAtEnd / 1024.0:F1} MB at the end");
            Assert.False(Fixture.Daemon.HasExited);
            Assert.All(answered, count => Assert.True(count > 10, $"a client got only {count} replies"));
            Assert.True(rssAtEnd - rssAtTwoSeconds < 20 * 1024, $"RSS grew from {rssAtTwoSeconds} kB to {rssAtEnd} kB");
            Assert.Equal(States.Streaming, (await Api.GetPropertyAsync(Properties.State)).AsString());
        }
        finally
        {
            foreach (BusConnection connection in connections)
                connection.Dispose();
        }
    }

    /// <summary>Get, GetAll, GetStatistics and SetBlur in turn until the time is up; any failed call fails the test.</summary>
    private static async Task<long> CallRepeatedly(BusConnection connection, int index, Stopwatch clock)
    {
        var api = new BusProxy(connection, BusName, ObjectPath, Interface);
        long answered = 0;
        for (int i = index; clock.Elapsed < Duration; i++)
        {
            switch (i % 4)
            {
                case 0:
                    Assert.Equal("s", (await api.GetPropertyAsync(Properties.State)).Signature);
                    break;
                case 1:
                    Assert.Equal(Properties.All.Count, (await api.GetAllPropertiesAsync()).Count);
                    break;
                case 2:
                    Assert.True((await api.CallAsync(Methods.GetStatistics.Name, null, static r => r.ReadVariantDictionary())).ContainsKey("fps"));
                    break;
                default:
                    await api.CallAsync(Methods.SetBlur.Name, w => w.WriteDouble(i % 10 / 10.0));
                    break;
            }
            answered++;
        }
        return answered;
    }
}
