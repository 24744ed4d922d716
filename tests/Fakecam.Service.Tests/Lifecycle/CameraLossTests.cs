using Fakecam.Service.Tests.Fixtures;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Lifecycle;

/// <summary>A camera that goes away while an app watches: no-camera, the service keeps running, and it streams again when the camera is back.</summary>
public sealed class CameraLossTests : IDisposable
{
    private readonly IsolatedService _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public void An_unplugged_camera_gives_no_camera_and_streaming_resumes_when_it_returns()
    {
        DaemonProcess daemon = _service.Start();
        _service.StreamAtCameraSize();
        _service.WaitForState(States.Streaming);

        string unplugged = _service.PathOf("unplugged.y4m");
        File.Move(_service.Camera, unplugged);
        _service.WaitForState(States.NoCamera);
        Assert.False(daemon.HasExited);

        File.Move(unplugged, _service.Camera);
        _service.WaitForState(States.Streaming);
        Assert.False(daemon.HasExited);
    }

    [Fact]
    public void A_camera_that_is_not_there_is_named_once_in_the_log_line_that_says_so()
    {
        File.Move(_service.Camera, _service.PathOf("elsewhere.y4m"));
        DaemonProcess daemon = _service.Start();
        _service.StreamAtCameraSize();
        _service.WaitForState(States.NoCamera);

        string line = WaitForLogLine(daemon, "Cannot open the camera");
        Assert.Contains("retrying every 2 s", line);
        Assert.Single(line.Split(_service.Camera).Skip(1));
    }

    private static string WaitForLogLine(DaemonProcess daemon, string text)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (daemon.Log.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
                return line;
            Thread.Sleep(20);
        }
        throw new TimeoutException($"No log line with \"{text}\" in:\n{daemon.LogText}");
    }
}
