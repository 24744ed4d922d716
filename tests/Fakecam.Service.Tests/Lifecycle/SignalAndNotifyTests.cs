using Fakecam.Api;
using Fakecam.Service.Tests.Fixtures;
using Xunit.Abstractions;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Lifecycle;

/// <summary>What systemd sees: READY=1 once the API is served, STOPPING=1 and a quick clean exit on SIGTERM, watchdog pings.</summary>
public sealed class SignalAndNotifyTests(ITestOutputHelper output) : IDisposable
{
    private readonly IsolatedService _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public void SIGTERM_while_streaming_ends_the_process_cleanly_within_a_second()
    {
        DaemonProcess daemon = _service.Start();
        _service.StreamAtCameraSize();
        _service.Output.NextFrames(after: 10);
        _service.WaitForState(States.Streaming);

        (int exitCode, TimeSpan took) = daemon.Terminate();

        output.WriteLine($"SIGTERM to exit: {took.TotalMilliseconds:F0} ms");
        Assert.Equal(0, exitCode);
        Assert.True(took < TimeSpan.FromSeconds(1), $"exit took {took.TotalMilliseconds:F0} ms");
        Assert.Contains(daemon.Log, line => line.Contains("closed")); // the camera is released
        Assert.DoesNotContain(daemon.Log, line => line.StartsWith("<3>", StringComparison.Ordinal) || line.StartsWith("<2>", StringComparison.Ordinal));
        // Seconds of streaming at 15 fps leave a handful of lines, not one per frame.
        Assert.True(daemon.Log.Count < 20, daemon.LogText);
    }

    [Fact]
    public void READY_comes_after_the_bus_name_is_taken_and_STOPPING_on_SIGTERM()
    {
        bool? ownedWhenReady = null;
        using var notify = new NotifySocket(_service.PathOf("notify"),
            onReady: () => ownedWhenReady = BusNames.HasOwner(_service.Client, FakecamBus.BusName));

        DaemonProcess daemon = _service.Start(new Dictionary<string, string> { ["NOTIFY_SOCKET"] = notify.Path }, waitUntilServing: false);

        notify.WaitFor("READY=1");
        Assert.True(ownedWhenReady, "READY=1 arrived before the service owned its bus name");
        Assert.Contains(notify.Received, r => r.Message.Contains("STATUS="));
        Assert.Equal(0, notify.Count("STOPPING=1"));

        (int exitCode, _) = daemon.Terminate();

        Assert.Equal(0, exitCode);
        notify.WaitFor("STOPPING=1", TimeSpan.FromSeconds(1));
        Assert.Equal(1, notify.Count("READY=1"));
    }

    [Fact]
    public void With_WATCHDOG_USEC_the_watchdog_is_pinged()
    {
        using var notify = new NotifySocket(_service.PathOf("notify"));

        DaemonProcess daemon = _service.Start(new Dictionary<string, string>
        {
            ["NOTIFY_SOCKET"] = notify.Path,
            ["WATCHDOG_USEC"] = "400000",
        });
        _service.StreamAtCameraSize();
        notify.WaitFor("READY=1");
        int before = notify.Count("WATCHDOG=1");
        Thread.Sleep(2000);

        // Every 200 ms (half the interval): about ten in two seconds, while streaming.
        int pings = notify.Count("WATCHDOG=1") - before;
        Assert.InRange(pings, 5, 15);
        Assert.Equal(0, daemon.Terminate().ExitCode);
    }

    [Fact]
    public void Without_WATCHDOG_USEC_there_are_no_watchdog_pings()
    {
        using var notify = new NotifySocket(_service.PathOf("notify"));

        DaemonProcess daemon = _service.Start(new Dictionary<string, string> { ["NOTIFY_SOCKET"] = notify.Path });
        notify.WaitFor("READY=1");
        Thread.Sleep(1000);

        Assert.Equal(0, notify.Count("WATCHDOG=1"));
        Assert.Equal(0, daemon.Terminate().ExitCode);
    }
}
