using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Video;
using Fakecam.Interop;

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
    public void FramesWrittenAsI420AreReadBackUnchanged()
    {
        using VideoFrame written = PhotoLikeFrame.Create(Format.Width, Format.Height, 13);
        using var sink = new V4l2LoopbackSink(LoopbackDeviceFactAttribute.Device, Format);
        sink.Write(written);
        using var writer = new RepeatingWriter(sink, written);

        using V4l2Camera camera = V4l2Camera.Open(LoopbackDeviceFactAttribute.Device, Format.Width, Format.Height, 30);
        VideoFrame read = VideoFrame.Allocate(camera.Format);
        for (int i = 0; i < 3; i++)
            Assert.True(camera.TryRead(read));

        Assert.Equal("YU12", camera.PixelFormat);
        Assert.True(written.Packed.SequenceEqual(read.Packed));
    }

    [LoopbackDeviceFact]
    public void FedLoopbackIsListedAsACameraUnlessItIsTheOutput()
    {
        using VideoFrame idle = PhotoLikeFrame.Create(Format.Width, Format.Height, 14);
        using var sink = new V4l2LoopbackSink(LoopbackDeviceFactAttribute.Device, Format, LoopbackPixelFormat.Yuyv);
        sink.Write(idle);
        using var writer = new RepeatingWriter(sink, idle);
        string device = Path.GetFullPath(LoopbackDeviceFactAttribute.Device);

        CameraInfo camera = Assert.Single(CameraDiscovery.ListCameras(), c => c.DeviceNode == device);
        Assert.Contains(camera.Modes, m => m.Width == Format.Width && m.Height == Format.Height && m.Fps > 0);
        Assert.Equal(device, CameraDiscovery.ResolveNode(camera.Card));
        Assert.DoesNotContain(CameraDiscovery.ListCameras(excludedDevice: device), c => c.DeviceNode == device);
    }

    [LoopbackDeviceFact]
    public void MjpegCameraDecodesGoodFramesAndSkipsDamagedOnes()
    {
        byte[][] images = new byte[3][];
        using (var encoder = new JpegEncoder(85, JpegSubsampling.Yuv422))
        {
            for (int i = 0; i < images.Length; i++)
            {
                using VideoFrame picture = PhotoLikeFrame.Create(Format.Width, Format.Height, 20 + i);
                images[i] = encoder.Encode(picture).ToArray();
            }
        }
        byte[] damaged = images[0][..(images[0].Length / 2)];
        using V4l2Device output = V4l2Device.Open(LoopbackDeviceFactAttribute.Device, nonBlocking: false);
        output.SetFormat(V4l2.V4L2_BUF_TYPE_VIDEO_OUTPUT, new V4l2.PixFormat
        {
            Width = (uint)Format.Width,
            Height = (uint)Format.Height,
            PixelFormat = V4l2.V4L2_PIX_FMT_MJPEG,
            Field = V4l2.V4L2_FIELD_NONE,
            SizeImage = (uint)(Format.Width * Format.Height * 2),
            Colorspace = V4l2.V4L2_COLORSPACE_SRGB,
        });
        Libc.Write(output.Descriptor, images[0]);

        using V4l2Camera camera = V4l2Camera.Open(LoopbackDeviceFactAttribute.Device, Format.Width, Format.Height, 30);
        Assert.Equal("MJPG", camera.PixelFormat);
        using var delivered = new SemaphoreSlim(0);
        var writer = new Thread(() =>
        {
            for (int i = 0; i < 5; i++)
            {
                // A damaged frame, then, once the reader had time to reject it, a good one; then wait for the reader.
                Libc.Write(output.Descriptor, damaged);
                Thread.Sleep(300);
                Libc.Write(output.Descriptor, images[i % images.Length]);
                delivered.Wait(TimeSpan.FromSeconds(10));
            }
        });
        writer.Start();

        using var decoder = new JpegDecoder();
        VideoFrame[] expected = images.Select(image =>
        {
            VideoFrame frame = VideoFrame.Allocate(Format);
            decoder.Decode(image, frame);
            return frame;
        }).ToArray();
        VideoFrame read = VideoFrame.Allocate(camera.Format);
        for (int i = 0; i < 5; i++)
        {
            Assert.True(camera.TryRead(read));
            Assert.Contains(expected, e => e.Packed.SequenceEqual(read.Packed));
            delivered.Release();
        }
        writer.Join();
        Assert.InRange(camera.SkippedFrames, 1, 5);
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
