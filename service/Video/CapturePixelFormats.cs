using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>The camera pixel formats the pipeline reads, in order of preference.</summary>
internal static class CapturePixelFormats
{
    /// <summary>
    /// MJPEG first (USB cameras send YUYV at large sizes only slowly), then YUYV, then planar YU12
    /// (some platform cameras and loopback devices), which needs no conversion at all.
    /// </summary>
    public static int Rank(uint pixelFormat) => pixelFormat switch
    {
        V4l2.V4L2_PIX_FMT_MJPEG or V4l2.V4L2_PIX_FMT_JPEG => 0,
        V4l2.V4L2_PIX_FMT_YUYV => 1,
        V4l2.V4L2_PIX_FMT_YUV420 => 2,
        _ => -1,
    };

    public static bool IsSupported(uint pixelFormat) => Rank(pixelFormat) >= 0;

    public static bool IsJpeg(uint pixelFormat) => pixelFormat is V4l2.V4L2_PIX_FMT_MJPEG or V4l2.V4L2_PIX_FMT_JPEG;
}
