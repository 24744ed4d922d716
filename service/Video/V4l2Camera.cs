using System.Buffers.Binary;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Pipeline;
using Fakecam.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>
/// A V4L2 capture camera streaming through mmap buffers, in MJPEG, YUYV or YU12 (that order of preference). One thread calls
/// <see cref="TryRead"/> and <see cref="WakeOn"/>; any thread may call <see cref="RequestStop"/>, after which TryRead
/// returns false; dispose only once the reading thread has left TryRead.
/// </summary>
public sealed partial class V4l2Camera : IFrameSource
{
    private const int BufferCount = 4;
    private const int PollTimeoutMilliseconds = 1000;
    private const int StallTimeoutMilliseconds = 5000;

    /// <summary>The reading thread's own wake-up and the consumer monitor's: all a caller has to wake on.</summary>
    private const int MaxWakeDescriptors = 2;
    private const uint Capture = V4l2.V4L2_BUF_TYPE_VIDEO_CAPTURE;

    private readonly V4l2Device _device;
    private readonly MappedBuffers _buffers;
    private readonly SafeFileDescriptor _stop = Libc.EventFd(Libc.EFD_NONBLOCK);
    private readonly MjpegFrameDecoder? _mjpeg;
    private readonly byte[] _jpeg = [];
    private readonly uint _wireFormat;
    private readonly int _stride;
    private long _rejectedBuffers;
    private string? _lastRejection;
    private IReadOnlyList<SafeFileDescriptor> _wakeOn = [];
    private long _waitingSince;
    private long _rejectedBefore;

    private V4l2Camera(string id, V4l2Device device, V4l2.PixFormat format, (int Numerator, int Denominator) rate)
    {
        Id = id;
        _device = device;
        PixelFormat = V4l2.FourCc(format.PixelFormat);
        Format = new FrameFormat((int)format.Width, (int)format.Height, rate.Numerator, rate.Denominator);
        _wireFormat = format.PixelFormat;
        int packedStride = format.PixelFormat == V4l2.V4L2_PIX_FMT_YUYV ? 2 * (int)format.Width : (int)format.Width;
        _stride = format.BytesPerLine != 0 ? (int)format.BytesPerLine : packedStride;
        try
        {
            _buffers = device.MapBuffers(Capture, BufferCount);
            for (uint i = 0; i < _buffers.Count; i++)
                device.QueueBuffer(Capture, i);
            device.StreamOn(Capture);
        }
        catch
        {
            _buffers?.Dispose();
            device.ReleaseBuffers(Capture);
            _stop.Dispose();
            throw;
        }
        if (CapturePixelFormats.IsJpeg(format.PixelFormat))
        {
            _mjpeg = new MjpegFrameDecoder();
            _jpeg = GC.AllocateUninitializedArray<byte>(_buffers.LargestLength);
        }
    }

    /// <summary>The id the camera was opened by.</summary>
    public string Id { get; }

    public string DeviceNode => _device.Path;

    /// <summary>The pixel format on the wire: "MJPG", "JPEG", "YUYV" or "YU12".</summary>
    public string PixelFormat { get; }

    public FrameFormat Format { get; }

    public long SkippedFrames => Interlocked.Read(ref _rejectedBuffers) + (_mjpeg?.SkippedFrames ?? 0);

    /// <summary>Wakes a blocked <see cref="TryRead"/> and makes it, and every later call, return false.</summary>
    /// <exception cref="ObjectDisposedException">The camera was closed meanwhile.</exception>
    public void RequestStop()
    {
        Span<byte> one = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(one, 1);
        Libc.Write(_stop, one);
    }

    /// <inheritdoc/>
    /// <remarks>The descriptors must stay open while the camera is.</remarks>
    public void WakeOn(IReadOnlyList<SafeFileDescriptor> descriptors)
    {
        if (descriptors.Count > MaxWakeDescriptors)
            throw new ArgumentException($"A camera wakes on at most {MaxWakeDescriptors} descriptors.", nameof(descriptors));
        _wakeOn = descriptors;
    }

    public bool Interrupted { get; private set; }

    public void Dispose()
    {
        _device.StreamOff(Capture);
        _buffers.Dispose();
        _device.ReleaseBuffers(Capture);
        _device.Dispose();
        _stop.Dispose();
        _mjpeg?.Dispose();
    }
}
