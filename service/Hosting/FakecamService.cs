using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Daemon.Bus;
using Fakecam.Daemon.Control;
using Fakecam.Daemon.Segmentation;
using Fakecam.Daemon.State;
using Fakecam.Daemon.Streaming;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Hosting;

/// <summary>What <c>fakecamd run</c> starts and stops, in order, telling systemd at each step.</summary>
public sealed partial class FakecamService(
    RunSettings settings,
    SystemdNotifier notifier,
    ILoggerFactory loggerFactory,
    IHostApplicationLifetime lifetime) : IHostedService, IDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<FakecamService>();
    private BusConnection? _bus;
    private FakecamControl? _control;
    private FakecamBusObject? _busObject;
    private Timer? _watchdog;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.StateDirectory);
        var store = new StateStore(settings.StateDirectory, loggerFactory.CreateLogger<StateStore>());
        ICameraProvider cameras = settings.Camera is { } camera && camera.EndsWith(".y4m", StringComparison.Ordinal)
            ? new Y4mCameraProvider() : new V4l2CameraProvider();
        IOutputProvider output = settings.Output is { } path && path.EndsWith(".y4m", StringComparison.Ordinal)
            ? new Y4mOutputProvider(path) : new LoopbackOutputProvider(settings.Output);
        _control = new FakecamControl(store, cameras, output, ModelCatalog.Default(), settings.Camera, loggerFactory);

        _bus = settings.BusAddress is null ? BusConnection.ConnectSystem() : BusConnection.Connect(settings.BusAddress);
        _bus.Completion.ContinueWith(t =>
        {
            LogBusLost(t.Exception?.InnerException?.Message ?? "closed");
            lifetime.StopApplication();
        }, TaskContinuationOptions.OnlyOnFaulted);
        _busObject = new FakecamBusObject(_bus, _control, new PolkitAuthority(_bus, loggerFactory.CreateLogger<PolkitAuthority>()));
        _bus.RequestName(FakecamBus.BusName);

        _control.PropertiesChanged += names =>
        {
            if (names.Contains(FakecamBus.Properties.State) || names.Contains(FakecamBus.Properties.Consumers))
                notifier.Status(StatusText(_control.Status));
        };
        _control.Start();
        notifier.Ready(StatusText(_control.Status));
        LogStarted(FakecamControl.Version, _control.VirtualDevice, _control.ModelName);

        if (notifier.WatchdogInterval is { } interval)
            _watchdog = new Timer(_ => PingWatchdog(interval), null, TimeSpan.Zero, interval / 2);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        notifier.Stopping("Releasing the camera and the virtual camera");
        _watchdog?.Dispose();
        _busObject?.Dispose();
        _control?.Dispose();
        _bus?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Pings only while the frame thread is responsive, so systemd restarts a service whose frame thread hangs.</summary>
    private void PingWatchdog(TimeSpan interval)
    {
        if (_control!.Stream.IsResponsive(interval))
            notifier.Watchdog();
    }

    private static string StatusText(StreamStatus status) => status.State switch
    {
        StreamState.Streaming => status.Consumers == 1 ? "Streaming to 1 app" : $"Streaming to {status.Consumers} apps",
        StreamState.Idle => "Idle: no app is using the virtual camera",
        StreamState.Paused => "Paused: camera released",
        StreamState.NoCamera => "Waiting for the camera",
        _ => "Virtual camera missing: load v4l2loopback",
    };

    public void Dispose() => _watchdog?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Fakecam {Version} ready: virtual camera {Device}, model {Model}")]
    private partial void LogStarted(string version, string device, string model);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lost the D-Bus connection ({Reason}); stopping")]
    private partial void LogBusLost(string reason);
}

/// <summary>The options of <c>fakecamd run</c>.</summary>
public sealed record RunSettings(string? BusAddress, string StateDirectory, string? Camera, string? Output);
