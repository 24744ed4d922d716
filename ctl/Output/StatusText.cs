using Fakecam.Api;
using Fakecam.Ctl.Client;

namespace Fakecam.Ctl.Output;

/// <summary>The human form of <c>fakecamctl status</c>.</summary>
internal static class StatusText
{
    public static void Write(TextWriter output, FakecamStatus status, string? cameraDevice, string? virtualLabel)
    {
        string version = status.Version.Length > 0 ? " " + status.Version : "";
        output.WriteLine($"Fakecam{version}: {DescribeState(status)}");
        ValueText.WriteTable(output,
        [
            ("Effect:", DescribeEffect(status)),
            ("Camera:", DescribeCamera(status, cameraDevice)),
            ("Virtual:", status.VirtualDevice.Length == 0 ? "none" : status.VirtualDevice + (virtualLabel is null ? "" : $" \"{virtualLabel}\"")),
            ("Model:", status.Model.Length == 0 ? "none" : status.Model),
        ]);
    }

    public static string DescribeState(FakecamStatus status) => status.State switch
    {
        FakecamBus.States.Streaming => $"streaming ({Apps(status.Consumers)} watching)",
        FakecamBus.States.Idle => "idle (no app is using the camera; the real camera is off)",
        FakecamBus.States.Paused => "paused (camera released; apps see the privacy frame)",
        FakecamBus.States.NoCamera => "no camera (plug one in, or choose one with 'fakecamctl set-camera')",
        FakecamBus.States.Error => "error (see: journalctl -u fakecamd)",
        _ => status.State,
    };

    public static string DescribeEffect(FakecamStatus status)
    {
        if (!status.EffectEnabled)
            return "off (the camera passes through unchanged)";
        return "on, " + DescribeBackground(status);
    }

    public static string DescribeBackground(FakecamStatus status) => status.BackgroundKind switch
    {
        FakecamBus.BackgroundKinds.Blur => "background blur " + ValueText.Percent(status.BlurStrength),
        FakecamBus.BackgroundKinds.Image => "background image " + status.BackgroundName,
        FakecamBus.BackgroundKinds.Video => "background video " + status.BackgroundName,
        FakecamBus.BackgroundKinds.Color => "background colour " + status.BackgroundName,
        FakecamBus.BackgroundKinds.None => "background unchanged",
        _ => "background " + status.BackgroundKind,
    };

    private static string DescribeCamera(FakecamStatus status, string? device)
    {
        string camera = status.Camera.Length == 0 ? "none chosen" : status.Camera;
        if (device is not null)
            camera += $" ({device})";
        return status.Resolution.Width == 0 ? camera : $"{camera}  {status.Resolution}";
    }

    private static string Apps(uint count) => count == 1 ? "1 app" : $"{count} apps";
}
