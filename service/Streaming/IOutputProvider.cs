using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Streaming;

/// <summary>Opens the virtual camera output (a v4l2loopback device, or a Y4M file) at a format.</summary>
public interface IOutputProvider
{
    /// <summary>Throws <see cref="OutputUnavailableException"/> when the output cannot be opened.</summary>
    (IFrameSink Sink, IConsumerMonitor Monitor) Open(FrameFormat format);

    /// <summary>What users see as the virtual device (e.g. /dev/video10).</summary>
    string Name { get; }
}

/// <summary>The virtual camera is missing (module not loaded) or refused the format.</summary>
public sealed class OutputUnavailableException(string message, Exception? inner = null) : IOException(message, inner);
