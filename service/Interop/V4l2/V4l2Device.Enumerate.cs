using Fakecam.Interop;

namespace Fakecam.Daemon.Interop;

internal sealed partial class V4l2Device
{
    /// <summary>Pixel format codes the node offers for a buffer type (VIDIOC_ENUM_FMT until EINVAL).</summary>
    public unsafe List<uint> EnumeratePixelFormats(uint bufferType)
    {
        var formats = new List<uint>();
        for (uint index = 0; ; index++)
        {
            V4l2.FmtDesc description = default;
            description.Index = index;
            description.Type = bufferType;
            if (!Libc.TryIoctl(_fd, V4l2.VIDIOC_ENUM_FMT, &description, out int errno))
                return EndOfList(formats, errno, "VIDIOC_ENUM_FMT");
            formats.Add(description.PixelFormat);
        }
    }

    /// <summary>Frame sizes for a pixel format: each discrete size, or the whole stepwise/continuous range as one entry.</summary>
    public unsafe List<V4l2.FrmSizeEnum> EnumerateFrameSizes(uint pixelFormat)
    {
        var sizes = new List<V4l2.FrmSizeEnum>();
        for (uint index = 0; ; index++)
        {
            V4l2.FrmSizeEnum size = default;
            size.Index = index;
            size.PixelFormat = pixelFormat;
            if (!Libc.TryIoctl(_fd, V4l2.VIDIOC_ENUM_FRAMESIZES, &size, out int errno))
                return EndOfList(sizes, errno, "VIDIOC_ENUM_FRAMESIZES");
            sizes.Add(size);
            if (size.Type != V4l2.V4L2_FRMSIZE_TYPE_DISCRETE)
                return sizes;
        }
    }

    /// <summary>Frame intervals for a format and size: discrete ones, or one stepwise/continuous range.</summary>
    public unsafe List<V4l2.FrmIvalEnum> EnumerateFrameIntervals(uint pixelFormat, uint width, uint height)
    {
        var intervals = new List<V4l2.FrmIvalEnum>();
        for (uint index = 0; ; index++)
        {
            V4l2.FrmIvalEnum interval = default;
            interval.Index = index;
            interval.PixelFormat = pixelFormat;
            interval.Width = width;
            interval.Height = height;
            if (!Libc.TryIoctl(_fd, V4l2.VIDIOC_ENUM_FRAMEINTERVALS, &interval, out int errno))
                return EndOfList(intervals, errno, "VIDIOC_ENUM_FRAMEINTERVALS");
            intervals.Add(interval);
            if (interval.Type != V4l2.V4L2_FRMIVAL_TYPE_DISCRETE)
                return intervals;
        }
    }

    /// <summary>EINVAL ends an enumeration; ENOTTY means the driver has none; anything else is a failure.</summary>
    private static List<T> EndOfList<T>(List<T> items, int errno, string request) =>
        errno is Libc.EINVAL or Libc.ENOTTY ? items : throw new NativeCallException(request, errno);
}
