using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Streaming;

/// <summary>Opens the input camera by its stable id, at the output's size and rate.</summary>
public interface ICameraProvider
{
    /// <summary>Throws <see cref="CameraUnavailableException"/> when the camera is not there or cannot stream that format.</summary>
    IFrameSource Open(string cameraId, FrameFormat format);
}

/// <summary>The camera is missing (unplugged), busy, or cannot give the format asked for.</summary>
public sealed class CameraUnavailableException(string message, Exception? inner = null) : IOException(message, inner);
