using Fakecam.Interop;

namespace Fakecam.Daemon.Interop;

internal sealed partial class V4l2Device
{
    /// <summary>Asks for <paramref name="count"/> driver buffers (REQBUFS), maps each and returns them.</summary>
    public unsafe MappedBuffers MapBuffers(uint bufferType, int count)
    {
        V4l2.RequestBuffers request = default;
        request.Count = (uint)count;
        request.Type = bufferType;
        request.Memory = V4l2.V4L2_MEMORY_MMAP;
        Libc.Ioctl(_fd, V4l2.VIDIOC_REQBUFS, &request, "VIDIOC_REQBUFS");
        if (request.Count == 0)
            throw new InvalidOperationException($"{Path} granted no streaming buffers.");

        var buffers = new MappedBuffers((int)request.Count);
        try
        {
            for (uint index = 0; index < request.Count; index++)
            {
                V4l2.Buffer buffer = default;
                buffer.Index = index;
                buffer.Type = bufferType;
                buffer.Memory = V4l2.V4L2_MEMORY_MMAP;
                Libc.Ioctl(_fd, V4l2.VIDIOC_QUERYBUF, &buffer, "VIDIOC_QUERYBUF");
                buffers.Add(Libc.Mmap(_fd, buffer.Length, Libc.PROT_READ | Libc.PROT_WRITE, buffer.Offset), (int)buffer.Length);
            }
            return buffers;
        }
        catch
        {
            buffers.Dispose();
            throw;
        }
    }

    /// <summary>Gives the driver's buffers back (REQBUFS with count 0); call after unmapping them.</summary>
    public unsafe void ReleaseBuffers(uint bufferType)
    {
        V4l2.RequestBuffers request = default;
        request.Type = bufferType;
        request.Memory = V4l2.V4L2_MEMORY_MMAP;
        Libc.TryIoctl(_fd, V4l2.VIDIOC_REQBUFS, &request, out _);
    }

    public unsafe void QueueBuffer(uint bufferType, uint index)
    {
        V4l2.Buffer buffer = default;
        buffer.Index = index;
        buffer.Type = bufferType;
        buffer.Memory = V4l2.V4L2_MEMORY_MMAP;
        Libc.Ioctl(_fd, V4l2.VIDIOC_QBUF, &buffer, "VIDIOC_QBUF");
    }

    /// <summary>Takes a filled buffer; false when none is ready yet (EAGAIN).</summary>
    public unsafe bool TryDequeueBuffer(uint bufferType, out V4l2.Buffer buffer)
    {
        V4l2.Buffer b = default;
        b.Type = bufferType;
        b.Memory = V4l2.V4L2_MEMORY_MMAP;
        bool dequeued = Libc.TryIoctl(_fd, V4l2.VIDIOC_DQBUF, &b, out int errno);
        buffer = b;
        if (!dequeued && errno != Libc.EAGAIN)
            throw new NativeCallException("VIDIOC_DQBUF", errno);
        return dequeued;
    }

    public unsafe void StreamOn(uint bufferType)
    {
        int type = (int)bufferType;
        Libc.Ioctl(_fd, V4l2.VIDIOC_STREAMON, &type, "VIDIOC_STREAMON");
    }

    /// <summary>Stops streaming; best effort, as on a device that has gone away this fails and nothing is left to stop.</summary>
    public unsafe void StreamOff(uint bufferType)
    {
        int type = (int)bufferType;
        Libc.TryIoctl(_fd, V4l2.VIDIOC_STREAMOFF, &type, out _);
    }
}
