using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Kernels;
using Fakecam.Interop;

namespace Fakecam.Daemon.Video;

public sealed partial class V4l2Camera
{
    /// <summary>
    /// Waits for the next good frame and converts it into <paramref name="frame"/>. Damaged buffers and
    /// undecodable MJPEG frames are skipped and counted. Throws <see cref="CameraDisconnectedException"/> when
    /// the camera is unplugged or sends no good frame for 5 s (nothing at all, or only frames it cannot use),
    /// counted from the first of a series of calls that ended <see cref="Interrupted"/>; returns false once a stop
    /// was requested, or when a descriptor given to <see cref="WakeOn"/> is readable and no frame is.
    /// </summary>
    public bool TryRead(VideoFrame frame)
    {
        if (!Interrupted)
        {
            _waitingSince = Environment.TickCount64;
            _rejectedBefore = SkippedFrames;
        }
        Interrupted = false;
        Span<Libc.PollFd> fds = stackalloc Libc.PollFd[2 + MaxWakeDescriptors];
        int count = 2 + _wakeOn.Count;
        fds = fds[..count];
        while (true)
        {
            // Checked on every wake, not only when poll times out: a camera whose frames all fail to convert,
            // or a driver that reports a frame ready and then has none to give, wakes the loop many times a
            // second and would otherwise keep it here for good.
            if (Environment.TickCount64 - _waitingSince >= StallTimeoutMilliseconds)
                throw new CameraDisconnectedException(StallMessage(SkippedFrames - _rejectedBefore));
            fds[0] = new Libc.PollFd { Fd = _device.Descriptor.Fd, Events = Libc.POLLIN };
            fds[1] = new Libc.PollFd { Fd = _stop.Fd, Events = Libc.POLLIN };
            for (int i = 2; i < count; i++)
                fds[i] = new Libc.PollFd { Fd = _wakeOn[i - 2].Fd, Events = Libc.POLLIN | Libc.POLLPRI };
            if (Libc.Poll(fds, PollTimeoutMilliseconds) == 0)
                continue;
            if (fds[1].Revents != 0)
                return false;
            if (fds[0].Revents == 0)
            {
                Interrupted = true;
                return false;
            }

            if (!Dequeue(out V4l2.Buffer buffer))
            {
                if ((fds[0].Revents & (Libc.POLLERR | Libc.POLLHUP | Libc.POLLNVAL)) != 0)
                    throw new CameraDisconnectedException("it stopped streaming");
                continue;
            }
            frame.DequeuedAt = Stopwatch.GetTimestamp();
            bool converted = Convert(buffer, frame);
            Requeue(buffer.Index);
            if (!converted)
                continue;
            frame.TimestampMicroseconds = buffer.Timestamp.TotalMicroseconds;
            frame.Sequence = buffer.Sequence;
            return true;
        }
    }

    private string StallMessage(long rejected) => rejected == 0
        ? $"no frame for {StallTimeoutMilliseconds / 1000} s"
        : $"no usable frame for {StallTimeoutMilliseconds / 1000} s ({rejected} rejected, the last: {_lastRejection?.TrimEnd('.')})";

    private bool Convert(in V4l2.Buffer buffer, VideoFrame frame)
    {
        if ((buffer.Flags & V4l2.V4L2_BUF_FLAG_ERROR) != 0)
            return Reject("the driver marked the buffer as damaged");
        Span<byte> data = _buffers.Get(buffer.Index, (int)buffer.BytesUsed);
        if (_mjpeg is not null)
        {
            // A v4l2loopback writer goes on filling the buffers in turn, including one a reader has dequeued:
            // decoding straight from the mapping (milliseconds) can meet the next frame half written, copying
            // it first (microseconds) almost never does.
            Span<byte> jpeg = _jpeg.AsSpan(0, data.Length);
            data.CopyTo(jpeg);
            if (_mjpeg.TryDecode(jpeg, frame))
                return true;
            _lastRejection = _mjpeg.LastRejection;
            return false;
        }
        if (_wireFormat == V4l2.V4L2_PIX_FMT_YUYV)
        {
            if (data.Length < (Format.Height - 1) * _stride + 2 * Format.Width)
                return Reject("a YUYV buffer was shorter than a frame");
            PackedYuv.YuyvToI420(data, _stride, frame);
            return true;
        }
        return CopyI420(data, frame) || Reject("a YU12 buffer was shorter than a frame");
    }

    /// <summary>Copies YU12 planes (chroma rows half the luma stride, as V4L2 lays them out) into the frame.</summary>
    private bool CopyI420(ReadOnlySpan<byte> data, VideoFrame frame)
    {
        int chromaStride = _stride / 2;
        int lumaSize = _stride * Format.Height, chromaSize = chromaStride * Format.ChromaHeight;
        if (data.Length < lumaSize + 2 * chromaSize)
            return false;
        CopyPlane(data[..lumaSize], _stride, frame.Y, frame.LumaStride, Format.Width, Format.Height);
        CopyPlane(data.Slice(lumaSize, chromaSize), chromaStride, frame.U, frame.ChromaStride, Format.ChromaWidth, Format.ChromaHeight);
        CopyPlane(data.Slice(lumaSize + chromaSize, chromaSize), chromaStride, frame.V, frame.ChromaStride, Format.ChromaWidth, Format.ChromaHeight);
        return true;
    }

    private static void CopyPlane(ReadOnlySpan<byte> source, int sourceStride, Span<byte> destination, int destinationStride, int width, int rows)
    {
        for (int row = 0; row < rows; row++)
            source.Slice(row * sourceStride, width).CopyTo(destination.Slice(row * destinationStride, width));
    }

    private bool Reject(string reason)
    {
        Interlocked.Increment(ref _rejectedBuffers);
        _lastRejection = reason;
        return false;
    }

    private bool Dequeue(out V4l2.Buffer buffer)
    {
        try
        {
            return _device.TryDequeueBuffer(Capture, out buffer);
        }
        catch (NativeCallException e) when (e.Errno == Libc.ENODEV)
        {
            throw new CameraDisconnectedException("it was unplugged", e);
        }
    }

    private void Requeue(uint index)
    {
        try
        {
            _device.QueueBuffer(Capture, index);
        }
        catch (NativeCallException e) when (e.Errno == Libc.ENODEV)
        {
            throw new CameraDisconnectedException("it was unplugged", e);
        }
    }
}
