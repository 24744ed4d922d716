namespace Fakecam.Daemon.Interop;

/// <summary>The parts of the Video4Linux2 API (linux/videodev2.h) the daemon uses.</summary>
internal static partial class V4l2
{
    // enum v4l2_buf_type
    internal const uint V4L2_BUF_TYPE_VIDEO_CAPTURE = 1;
    internal const uint V4L2_BUF_TYPE_VIDEO_OUTPUT = 2;

    // enum v4l2_memory
    internal const uint V4L2_MEMORY_MMAP = 1;

    // enum v4l2_field
    internal const uint V4L2_FIELD_NONE = 1;

    // enum v4l2_colorspace
    internal const uint V4L2_COLORSPACE_SRGB = 8;

    // v4l2_capability.capabilities / device_caps
    internal const uint V4L2_CAP_VIDEO_CAPTURE = 0x00000001;
    internal const uint V4L2_CAP_VIDEO_OUTPUT = 0x00000002;
    internal const uint V4L2_CAP_STREAMING = 0x04000000;
    internal const uint V4L2_CAP_DEVICE_CAPS = 0x80000000;

    // v4l2_buffer.flags
    internal const uint V4L2_BUF_FLAG_ERROR = 0x00000040;

    // v4l2_captureparm.capability / v4l2_outputparm.capability
    internal const uint V4L2_CAP_TIMEPERFRAME = 0x1000;

    // enum v4l2_frmsizetypes, v4l2_frmivaltypes
    internal const uint V4L2_FRMSIZE_TYPE_DISCRETE = 1;
    internal const uint V4L2_FRMSIZE_TYPE_CONTINUOUS = 2;
    internal const uint V4L2_FRMSIZE_TYPE_STEPWISE = 3;
    internal const uint V4L2_FRMIVAL_TYPE_DISCRETE = 1;

    internal const uint V4L2_EVENT_PRIVATE_START = 0x08000000;
    internal const uint V4L2_EVENT_SUB_FL_SEND_INITIAL = 1;

    internal const uint V4L2_PIX_FMT_MJPEG = 'M' | 'J' << 8 | 'P' << 16 | (uint)'G' << 24;
    internal const uint V4L2_PIX_FMT_JPEG = 'J' | 'P' << 8 | 'E' << 16 | (uint)'G' << 24;
    internal const uint V4L2_PIX_FMT_YUYV = 'Y' | 'U' << 8 | 'Y' << 16 | (uint)'V' << 24;
    internal const uint V4L2_PIX_FMT_YUV420 = 'Y' | 'U' << 8 | '1' << 16 | (uint)'2' << 24;

    /// <summary>The four characters of a pixel format code, e.g. "MJPG".</summary>
    internal static string FourCc(uint code) =>
        string.Create(4, code, static (chars, c) =>
        {
            for (int i = 0; i < 4; i++)
                chars[i] = (char)((c >> (8 * i)) & 0xFF);
        });
}
