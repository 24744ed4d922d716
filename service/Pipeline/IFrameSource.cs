using Fakecam.Daemon.Frames;
using Fakecam.Interop;

namespace Fakecam.Daemon.Pipeline;

/// <summary>Where frames come from: a V4L2 camera, a Y4M file or pipe, an MJPEG stream.</summary>
public interface IFrameSource : IDisposable
{
    /// <summary>Size and rate of the frames this source delivers (known once it is open).</summary>
    FrameFormat Format { get; }

    /// <summary>
    /// Fills <paramref name="frame"/> (of <see cref="Format"/>) with the next frame. Returns false at the
    /// end of the stream. A corrupt compressed frame is skipped and counted in <see cref="SkippedFrames"/>;
    /// a malformed stream throws <see cref="InvalidDataException"/>.
    /// </summary>
    bool TryRead(VideoFrame frame);

    /// <summary>Frames dropped because they could not be decoded.</summary>
    long SkippedFrames { get; }

    /// <summary>
    /// Makes a <see cref="TryRead"/> that is waiting for a frame, on another thread, return false now, and every
    /// later call too. Sources that never wait long (files, pipes, memory) need do nothing.
    /// </summary>
    void RequestStop()
    {
    }

    /// <summary>
    /// Descriptors that end a <see cref="TryRead"/> waiting for a frame when they become readable (POLLIN or
    /// POLLPRI): it then returns false with <see cref="Interrupted"/> set, and the caller reads again once it has
    /// dealt with what woke it. A source that gives up on a silent camera after a while keeps counting across such
    /// calls. Sources that never wait long (files, pipes, memory) need do nothing.
    /// </summary>
    void WakeOn(IReadOnlyList<SafeFileDescriptor> descriptors)
    {
    }

    /// <summary>Whether the last <see cref="TryRead"/> returned false because a descriptor given to <see cref="WakeOn"/> was readable.</summary>
    bool Interrupted => false;
}
