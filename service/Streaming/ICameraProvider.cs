using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Streaming;

/// <summary>Finds cameras and opens one by its stable id, at the output's size and rate.</summary>
public interface ICameraProvider
{
    /// <summary>The cameras there are now.</summary>
    IReadOnlyList<CameraInfo> List();

    /// <summary>Whether a camera with this id is there now.</summary>
    bool Exists(string cameraId);

    /// <summary>Throws <see cref="CameraUnavailableException"/> when the camera is not there or cannot stream that format.</summary>
    IFrameSource Open(string cameraId, FrameFormat format);
}

/// <summary>The camera is missing (unplugged), busy, or cannot give the format asked for.</summary>
public sealed class CameraUnavailableException(string message, Exception? inner = null) : IOException(message, inner);
