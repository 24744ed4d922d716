using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Streaming;

/// <summary>The frames shown instead of the camera: when it is off or missing, and when the user paused.</summary>
public static class Placeholders
{
    /// <summary>Dark grey.</summary>
    public static VideoFrame CameraOff(FrameFormat format) => Solid(format, 40, 128, 128);

    /// <summary>Dark blue, so a paused camera is told apart from a missing one at a glance.</summary>
    public static VideoFrame Paused(FrameFormat format) => Solid(format, 36, 150, 120);

    private static VideoFrame Solid(FrameFormat format, byte y, byte u, byte v)
    {
        VideoFrame frame = VideoFrame.Allocate(format);
        frame.Y.Fill(y);
        frame.U.Fill(u);
        frame.V.Fill(v);
        return frame;
    }
}
