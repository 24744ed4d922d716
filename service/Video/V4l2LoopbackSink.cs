using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;
using Fakecam.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>
/// Writes frames to a v4l2loopback device with write(2), after setting its output format. With the module's
/// exclusive_caps=1 the device shows up as a camera only once a writer has set the format and written a
/// frame, so write an idle frame right after opening. One writing thread.
/// </summary>
public sealed class V4l2LoopbackSink : IFrameSink
{
    private const uint Output = V4l2.V4L2_BUF_TYPE_VIDEO_OUTPUT;

    private readonly V4l2Device _device;
    private readonly byte[]? _yuyv;

    public V4l2LoopbackSink(string devicePath, FrameFormat format, LoopbackPixelFormat pixelFormat = LoopbackPixelFormat.I420)
    {
        Format = format;
        PixelFormat = pixelFormat;
        _device = V4l2Device.Open(devicePath, nonBlocking: false);
        try
        {
            V4l2.Capability capability = _device.QueryCapability();
            if (((capability.Capabilities | capability.DeviceCaps) & V4l2.V4L2_CAP_VIDEO_OUTPUT) == 0)
                throw new NotSupportedException($"{devicePath} is not a video output device; is it a v4l2loopback device?");
            V4l2.PixFormat requested = LoopbackFormat.For(format, pixelFormat);
            LoopbackFormat.Verify(devicePath, requested, _device.SetFormat(Output, requested));
            _device.SetFrameRate(Output, (int)Math.Round(format.Fps));
        }
        catch
        {
            _device.Dispose();
            throw;
        }
        if (pixelFormat == LoopbackPixelFormat.Yuyv)
            _yuyv = GC.AllocateUninitializedArray<byte>(2 * format.Width * format.Height, pinned: true);
    }

    public FrameFormat Format { get; }

    public LoopbackPixelFormat PixelFormat { get; }

    public string DevicePath => _device.Path;

    public void Write(VideoFrame frame)
    {
        if (frame.Width != Format.Width || frame.Height != Format.Height)
            throw new ArgumentException($"Frame is {frame.Width}x{frame.Height}, the device is set to {Format.Width}x{Format.Height}.");
        if (_yuyv is null)
        {
            Libc.WriteAll(_device.Descriptor, frame.Packed);
            return;
        }
        PackedYuv.I420ToYuyv(frame, _yuyv, 2 * Format.Width);
        Libc.WriteAll(_device.Descriptor, _yuyv);
    }

    public void Dispose() => _device.Dispose();
}
