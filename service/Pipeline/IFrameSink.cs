using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Pipeline;

/// <summary>Where finished frames go: a v4l2loopback device, a Y4M file or pipe.</summary>
public interface IFrameSink : IDisposable
{
    /// <summary>Writes one frame. The sink copies what it needs; the caller keeps the frame.</summary>
    void Write(VideoFrame frame);
}
