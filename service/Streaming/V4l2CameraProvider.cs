using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Streaming;

/// <summary>Real cameras, found by stable id under /dev.</summary>
public sealed class V4l2CameraProvider : ICameraProvider
{
    public IReadOnlyList<CameraInfo> List() => CameraDiscovery.ListCameras();

    public bool Exists(string cameraId)
    {
        try
        {
            CameraDiscovery.ResolveNode(cameraId);
            return true;
        }
        catch (CameraNotFoundException)
        {
            return false;
        }
    }

    public IFrameSource Open(string cameraId, FrameFormat format)
    {
        try
        {
            string id = cameraId.Length > 0 ? cameraId
                : List().FirstOrDefault()?.Id ?? throw new CameraNotFoundException("No camera is connected.");
            return V4l2Camera.Open(id, format.Width, format.Height, (int)Math.Round(format.Fps));
        }
        catch (IOException e) when (e is not CameraUnavailableException)
        {
            throw new CameraUnavailableException(e.Message, e);
        }
    }
}
