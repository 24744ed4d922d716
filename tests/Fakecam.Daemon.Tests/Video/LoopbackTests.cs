using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Video;
using Fakecam.Interop;

namespace Fakecam.Daemon.Tests.Video;

public sealed class LoopbackTests
{
    [Fact]
    public void I420OutputFormatIsTightlyPackedYu12()
    {
        V4l2.PixFormat format = LoopbackFormat.For(new FrameFormat(1280, 720, 30, 1), LoopbackPixelFormat.I420);

        Assert.Equal("YU12", V4l2.FourCc(format.PixelFormat));
        Assert.Equal((1280u, 720u, 1280u, 1280u * 720 * 3 / 2), (format.Width, format.Height, format.BytesPerLine, format.SizeImage));
        Assert.Equal(V4l2.V4L2_FIELD_NONE, format.Field);
    }

    [Fact]
    public void YuyvOutputFormatHasTwoBytesPerPixel()
    {
        V4l2.PixFormat format = LoopbackFormat.For(new FrameFormat(640, 480, 30, 1), LoopbackPixelFormat.Yuyv);

        Assert.Equal("YUYV", V4l2.FourCc(format.PixelFormat));
        Assert.Equal((1280u, 640u * 480 * 2), (format.BytesPerLine, format.SizeImage));
        Assert.Throws<NotSupportedException>(() => LoopbackFormat.For(new FrameFormat(641, 480, 30, 1), LoopbackPixelFormat.Yuyv));
    }

    [Fact]
    public void FormatChangedByTheDriverIsRefused()
    {
        V4l2.PixFormat requested = LoopbackFormat.For(new FrameFormat(1280, 720, 30, 1), LoopbackPixelFormat.I420);
        V4l2.PixFormat adjusted = requested;
        adjusted.PixelFormat = V4l2.V4L2_PIX_FMT_YUYV;

        LoopbackFormat.Verify("/dev/video9", requested, requested);
        var error = Assert.Throws<NotSupportedException>(() => LoopbackFormat.Verify("/dev/video9", requested, adjusted));
        Assert.Contains("YUYV", error.Message);
    }

    [Fact]
    public void ClientUsageEventIsV4l2loopbacksPrivateEvent()
    {
        Assert.Equal(0x10E00001u, LoopbackConsumerMonitor.ClientUsageEvent);
    }

    [Fact]
    public unsafe void EventPayloadIsTheReaderCount()
    {
        V4l2.Event e = default;
        e.Type = LoopbackConsumerMonitor.ClientUsageEvent;
        *(uint*)e.Data = 1;

        Assert.Equal(1u, LoopbackConsumerMonitor.ReadCount(e));
    }

    [Fact]
    public void DeviceWithoutTheEventFallsBackToAlwaysOn()
    {
        string path = Path.GetTempFileName();
        try
        {
            using var monitor = new LoopbackConsumerMonitor(path);

            Assert.False(monitor.UsesEvents);
            Assert.Equal(1, monitor.Consumers);
            long start = Environment.TickCount64;
            Assert.False(monitor.WaitForChange(200));
            Assert.InRange(Environment.TickCount64 - start, 150, 5000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SinkRefusesWhatIsNotAVideoDevice()
    {
        string path = Path.GetTempFileName();
        try
        {
            var error = Assert.Throws<NativeCallException>(() => new V4l2LoopbackSink(path, new FrameFormat(640, 480, 30, 1)));
            Assert.Equal(Libc.ENOTTY, error.Errno);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
