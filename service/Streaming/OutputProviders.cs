using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Streaming;

/// <summary>The v4l2loopback device apps see as the "Fakecam" camera.</summary>
public sealed class LoopbackOutputProvider(string? device) : IOutputProvider
{
    public const string CardLabel = "Fakecam";
    private const string SysfsDevices = "/sys/devices/virtual/video4linux";

    public string Name => device ?? FindByLabel() ?? $"the \"{CardLabel}\" v4l2loopback device";

    public (IFrameSink Sink, IConsumerMonitor Monitor) Open(FrameFormat format)
    {
        string path = device ?? FindByLabel() ?? throw new OutputUnavailableException(
            $"No v4l2loopback device labelled \"{CardLabel}\": the v4l2loopback module is not loaded. " +
            "Load it with: sudo modprobe v4l2loopback (its options are in /etc/modprobe.d/fakecam.conf); " +
            "if that fails, install v4l2loopback-dkms and, with Secure Boot, enrol the DKMS signing key.");
        try
        {
            var sink = new V4l2LoopbackSink(path, format);
            try
            {
                return (sink, new LoopbackConsumerMonitor(path));
            }
            catch
            {
                sink.Dispose();
                throw;
            }
        }
        catch (IOException e)
        {
            throw new OutputUnavailableException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>/dev/videoN of the loopback device whose card label is "Fakecam" (sysfs "name").</summary>
    private static string? FindByLabel()
    {
        if (!Directory.Exists(SysfsDevices))
            return null;
        foreach (string node in Directory.EnumerateDirectories(SysfsDevices, "video*").Order(StringComparer.Ordinal))
        {
            string nameFile = Path.Combine(node, "name");
            if (File.Exists(nameFile) && File.ReadAllText(nameFile).Trim() == CardLabel)
                return "/dev/" + Path.GetFileName(node);
        }
        return null;
    }
}

/// <summary>A Y4M file or pipe as the output (tests, demos); always counted as read.</summary>
public sealed class Y4mOutputProvider(string path) : IOutputProvider
{
    public string Name => path;

    public (IFrameSink Sink, IConsumerMonitor Monitor) Open(FrameFormat format)
    {
        try
        {
            return (Y4mFrameSink.Create(path, format), new AlwaysConsumedMonitor());
        }
        catch (IOException e)
        {
            throw new OutputUnavailableException(e.Message, e);
        }
    }
}
