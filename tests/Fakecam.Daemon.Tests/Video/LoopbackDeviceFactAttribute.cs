namespace Fakecam.Daemon.Tests.Video;

/// <summary>
/// A test that needs a real v4l2loopback device (v4l2loopback 0.13 or later, exclusive_caps=1, labelled
/// anything but "Fakecam", which marks the service's own output and is never read as a camera), named by
/// FAKECAM_TEST_LOOPBACK_DEVICE, e.g. in the e2e virtual machine; reported as skipped where there is none.
/// </summary>
public sealed class LoopbackDeviceFactAttribute : FactAttribute
{
    public const string Variable = "FAKECAM_TEST_LOOPBACK_DEVICE";

    public LoopbackDeviceFactAttribute()
    {
        if (string.IsNullOrEmpty(Device))
            Skip = $"needs a v4l2loopback device named by {Variable}";
    }

    public static string Device => Environment.GetEnvironmentVariable(Variable) ?? "";
}
