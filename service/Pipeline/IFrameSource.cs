using Fakecam.Daemon.Frames;

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
}
