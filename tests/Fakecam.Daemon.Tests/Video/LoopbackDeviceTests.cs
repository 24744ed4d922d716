using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Video;

/// <summary>The sink, the camera and the consumer monitor against each other on one real loopback device.</summary>
public sealed class LoopbackDeviceTests
{
    private static readonly FrameFormat Format = new(640, 480, 30, 1);

    [LoopbackDeviceFact]
    public void FramesWrittenAsYuyvAreReadBackUnchanged()
    {
        using VideoFrame written = PhotoLikeFrame.Create(Format.Width, Format.Height, 11);
        using var sink = new V4l2LoopbackSink(LoopbackDeviceFactAttribute.Device, Format, LoopbackPixelFormat.Yuyv);
        sink.Write(written);
        using var writer = new RepeatingWriter(sink, written);

        using V4l2Camera camera = V4l2Camera.Open(LoopbackDeviceFactAttribute.Device, Format.Width, Format.Height, 30);
        VideoFrame read = VideoFrame.Allocate(camera.Format);
        for (int i = 0; i < 5; i++)
            Assert.True(camera.TryRead(read));

        Assert.Equal("YUYV", camera.PixelFormat);
        Assert.Equal((Format.Width, Format.Height), (camera.Format.Width, camera.Format.Height));
        Assert.True(written.Packed.SequenceEqual(read.Packed));
        Assert.Equal(0, camera.SkippedFrames);
    }

    [LoopbackDeviceFact]
    public void MonitorSeesAReaderComeAndGo()
    {
        using VideoFrame idle = PhotoLikeFrame.Create(Format.Width, Format.Height, 12);
        using var sink = new V4l2LoopbackSink(LoopbackDeviceFactAttribute.Device, Format, LoopbackPixelFormat.Yuyv);
        sink.Write(idle);
        using var writer = new RepeatingWriter(sink, idle);
        using var monitor = new LoopbackConsumerMonitor(LoopbackDeviceFactAttribute.Device);
        Assert.True(monitor.UsesEvents);
        Assert.Equal(0, monitor.Consumers);

        using (V4l2Camera camera = V4l2Camera.Open(LoopbackDeviceFactAttribute.Device, Format.Width, Format.Height, 30))
        {
            VideoFrame frame = VideoFrame.Allocate(camera.Format);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (monitor.Consumers == 0 && DateTime.UtcNow < deadline)
            {
                camera.TryRead(frame);
                monitor.WaitForChange(0);
            }
            Assert.NotEqual(0, monitor.Consumers);
        }

        var end = DateTime.UtcNow.AddSeconds(10);
        while (monitor.Consumers != 0 && DateTime.UtcNow < end)
            monitor.WaitForChange(500);
        Assert.Equal(0, monitor.Consumers);
    }

    /// <summary>Keeps writing one frame at about 30 fps, as the service does, until disposed.</summary>
    private sealed class RepeatingWriter : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;

        public RepeatingWriter(V4l2LoopbackSink sink, VideoFrame frame)
        {
            _thread = new Thread(() =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    sink.Write(frame);
                    Thread.Sleep(33);
                }
            });
            _thread.Start();
        }

        public void Dispose()
        {
            _stop.Cancel();
            _thread.Join();
        }
    }
}
