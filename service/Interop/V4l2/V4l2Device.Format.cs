using Fakecam.Interop;

namespace Fakecam.Daemon.Interop;

internal sealed partial class V4l2Device
{
    /// <summary>VIDIOC_S_FMT; returns the format the driver actually chose (it may adjust the request).</summary>
    public unsafe V4l2.PixFormat SetFormat(uint bufferType, V4l2.PixFormat requested)
    {
        V4l2.Format format = default;
        format.Type = bufferType;
        format.Pix = requested;
        Libc.Ioctl(_fd, V4l2.VIDIOC_S_FMT, &format, "VIDIOC_S_FMT");
        return format.Pix;
    }

    /// <summary>
    /// Asks for a frame rate (VIDIOC_S_PARM) and returns the rate the driver set as (numerator, denominator)
    /// frames per second, or null when the driver has no frame-rate control.
    /// </summary>
    public unsafe (int Numerator, int Denominator)? SetFrameRate(uint bufferType, int fps)
    {
        V4l2.StreamParm parameters = default;
        parameters.Type = bufferType;
        if (!Libc.TryIoctl(_fd, V4l2.VIDIOC_G_PARM, &parameters, out int errno))
            return errno is Libc.EINVAL or Libc.ENOTTY ? null : throw new NativeCallException("VIDIOC_G_PARM", errno);

        ref V4l2.Fract interval = ref bufferType == V4l2.V4L2_BUF_TYPE_VIDEO_OUTPUT
            ? ref parameters.Output.TimePerFrame
            : ref parameters.Capture.TimePerFrame;
        uint capability = bufferType == V4l2.V4L2_BUF_TYPE_VIDEO_OUTPUT ? parameters.Output.Capability : parameters.Capture.Capability;
        if ((capability & V4l2.V4L2_CAP_TIMEPERFRAME) == 0)
            return null;
        interval.Numerator = 1;
        interval.Denominator = (uint)fps;
        if (!Libc.TryIoctl(_fd, V4l2.VIDIOC_S_PARM, &parameters, out errno))
            return errno is Libc.EINVAL or Libc.ENOTTY ? null : throw new NativeCallException("VIDIOC_S_PARM", errno);
        if (interval.Numerator == 0 || interval.Denominator == 0)
            return null;
        return ((int)interval.Denominator, (int)interval.Numerator);
    }
}
