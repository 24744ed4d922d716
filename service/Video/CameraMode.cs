namespace Fakecam.Daemon.Video;

/// <summary>A size and frame rate a camera delivers (what ListCameras reports).</summary>
public readonly record struct CameraMode(int Width, int Height, int Fps);

/// <summary>A camera mode in one pixel format (V4L2 fourcc code).</summary>
internal readonly record struct CaptureMode(uint PixelFormat, int Width, int Height, int Fps)
{
    public CameraMode Mode => new(Width, Height, Fps);
}
