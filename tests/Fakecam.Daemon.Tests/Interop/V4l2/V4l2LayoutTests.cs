using System.Runtime.CompilerServices;
using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Tests.Interop;

/// <summary>Sizes, offsets and ioctl numbers as linux/videodev2.h gives them on x86_64.</summary>
public sealed class V4l2LayoutTests
{
    [Fact]
    public void StructSizesMatchTheHeader()
    {
        Assert.Equal(104, Unsafe.SizeOf<V4l2.Capability>());
        Assert.Equal(48, Unsafe.SizeOf<V4l2.PixFormat>());
        Assert.Equal(208, Unsafe.SizeOf<V4l2.Format>());
        Assert.Equal(64, Unsafe.SizeOf<V4l2.FmtDesc>());
        Assert.Equal(44, Unsafe.SizeOf<V4l2.FrmSizeEnum>());
        Assert.Equal(52, Unsafe.SizeOf<V4l2.FrmIvalEnum>());
        Assert.Equal(20, Unsafe.SizeOf<V4l2.RequestBuffers>());
        Assert.Equal(16, Unsafe.SizeOf<V4l2.Timecode>());
        Assert.Equal(88, Unsafe.SizeOf<V4l2.Buffer>());
        Assert.Equal(40, Unsafe.SizeOf<V4l2.CaptureParm>());
        Assert.Equal(40, Unsafe.SizeOf<V4l2.OutputParm>());
        Assert.Equal(204, Unsafe.SizeOf<V4l2.StreamParm>());
        Assert.Equal(32, Unsafe.SizeOf<V4l2.EventSubscription>());
        Assert.Equal(136, Unsafe.SizeOf<V4l2.Event>());
    }

    [Fact]
    public unsafe void FieldOffsetsMatchTheHeader()
    {
        V4l2.Format format = default;
        Assert.Equal(8, (int)((byte*)&format.Pix - (byte*)&format));

        V4l2.Buffer buffer = default;
        byte* b = (byte*)&buffer;
        Assert.Equal(24, (int)((byte*)&buffer.Timestamp - b));
        Assert.Equal(40, (int)((byte*)&buffer.Timecode - b));
        Assert.Equal(56, (int)((byte*)&buffer.Sequence - b));
        Assert.Equal(64, (int)((byte*)&buffer.Offset - b));
        Assert.Equal(72, (int)((byte*)&buffer.Length - b));
        Assert.Equal(80, (int)((byte*)&buffer.RequestFd - b));

        V4l2.Event e = default;
        Assert.Equal(8, (int)(e.Data - (byte*)&e));
        Assert.Equal(80, (int)((byte*)&e.Timestamp - (byte*)&e));
        Assert.Equal(96, (int)((byte*)&e.Id - (byte*)&e));

        V4l2.FrmIvalEnum interval = default;
        Assert.Equal(20, (int)((byte*)&interval.Discrete - (byte*)&interval));
    }

    [Fact]
    public void IoctlNumbersMatchTheHeader()
    {
        Assert.Equal((nuint)0x80685600, V4l2.VIDIOC_QUERYCAP);
        Assert.Equal((nuint)0xc0405602, V4l2.VIDIOC_ENUM_FMT);
        Assert.Equal((nuint)0xc0d05604, V4l2.VIDIOC_G_FMT);
        Assert.Equal((nuint)0xc0d05605, V4l2.VIDIOC_S_FMT);
        Assert.Equal((nuint)0xc0145608, V4l2.VIDIOC_REQBUFS);
        Assert.Equal((nuint)0xc0585609, V4l2.VIDIOC_QUERYBUF);
        Assert.Equal((nuint)0xc058560f, V4l2.VIDIOC_QBUF);
        Assert.Equal((nuint)0xc0585611, V4l2.VIDIOC_DQBUF);
        Assert.Equal((nuint)0x40045612, V4l2.VIDIOC_STREAMON);
        Assert.Equal((nuint)0x40045613, V4l2.VIDIOC_STREAMOFF);
        Assert.Equal((nuint)0xc0cc5615, V4l2.VIDIOC_G_PARM);
        Assert.Equal((nuint)0xc0cc5616, V4l2.VIDIOC_S_PARM);
        Assert.Equal((nuint)0xc02c564a, V4l2.VIDIOC_ENUM_FRAMESIZES);
        Assert.Equal((nuint)0xc034564b, V4l2.VIDIOC_ENUM_FRAMEINTERVALS);
        Assert.Equal((nuint)0x80885659, V4l2.VIDIOC_DQEVENT);
        Assert.Equal((nuint)0x4020565a, V4l2.VIDIOC_SUBSCRIBE_EVENT);
        Assert.Equal((nuint)0x4020565b, V4l2.VIDIOC_UNSUBSCRIBE_EVENT);
    }

    [Fact]
    public void PixelFormatCodesMatchTheHeader()
    {
        Assert.Equal(0x47504a4du, V4l2.V4L2_PIX_FMT_MJPEG);
        Assert.Equal(0x4745504au, V4l2.V4L2_PIX_FMT_JPEG);
        Assert.Equal(0x56595559u, V4l2.V4L2_PIX_FMT_YUYV);
        Assert.Equal(0x32315559u, V4l2.V4L2_PIX_FMT_YUV420);
        Assert.Equal("MJPG", V4l2.FourCc(V4l2.V4L2_PIX_FMT_MJPEG));
    }
}
