namespace Fakecam.Ctl.Output;

/// <summary>The name a V4L2 device shows apps (the v4l2loopback card label), from sysfs.</summary>
internal static class VideoDeviceName
{
    /// <summary>The name of <c>/dev/videoN</c>, or null when it cannot be read (not a local device, no sysfs).</summary>
    public static string? Read(string device)
    {
        string node = Path.GetFileName(device);
        if (!node.StartsWith("video", StringComparison.Ordinal))
            return null;
        try
        {
            return File.ReadAllText(Path.Combine("/sys/class/video4linux", node, "name")).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
