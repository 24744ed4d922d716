using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>The pixel formats the service writes to the virtual camera.</summary>
public enum LoopbackPixelFormat
{
    /// <summary>Planar 4:2:0 (V4L2 YU12), the pipeline's own layout: written without conversion.</summary>
    I420,

    /// <summary>Packed 4:2:2 (V4L2 YUYV), for consumers that take nothing else.</summary>
    Yuyv,
}

/// <summary>The V4L2 output format for a frame format, and the check that the driver took it unchanged.</summary>
internal static class LoopbackFormat
{
    public static V4l2.PixFormat For(FrameFormat format, LoopbackPixelFormat pixelFormat)
    {
        if (pixelFormat == LoopbackPixelFormat.Yuyv && format.Width % 2 != 0)
            throw new NotSupportedException($"YUYV output needs an even width, not {format.Width}.");
        bool yuyv = pixelFormat == LoopbackPixelFormat.Yuyv;
        return new V4l2.PixFormat
        {
            Width = (uint)format.Width,
            Height = (uint)format.Height,
            PixelFormat = yuyv ? V4l2.V4L2_PIX_FMT_YUYV : V4l2.V4L2_PIX_FMT_YUV420,
            Field = V4l2.V4L2_FIELD_NONE,
            BytesPerLine = (uint)(yuyv ? 2 * format.Width : format.Width),
            SizeImage = (uint)(yuyv ? 2 * format.Width * format.Height : format.I420Size),
            Colorspace = V4l2.V4L2_COLORSPACE_SRGB,
        };
    }

    /// <summary>Throws unless the driver accepted the size and pixel format asked for, with room for a whole frame.</summary>
    public static void Verify(string device, V4l2.PixFormat requested, V4l2.PixFormat actual)
    {
        if (actual.Width != requested.Width || actual.Height != requested.Height || actual.PixelFormat != requested.PixelFormat
            || actual.SizeImage < requested.SizeImage)
        {
            throw new NotSupportedException(
                $"{device} refused {requested.Width}x{requested.Height} {V4l2.FourCc(requested.PixelFormat)}; " +
                $"it offers {actual.Width}x{actual.Height} {V4l2.FourCc(actual.PixelFormat)}.");
        }
    }
}
