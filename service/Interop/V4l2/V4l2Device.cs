using Fakecam.Interop;

namespace Fakecam.Daemon.Interop;

/// <summary>
/// An open V4L2 device node with typed ioctls. Failures throw <see cref="NativeCallException"/>
/// (errno ENODEV: the device is gone). Not thread-safe; the owner closes it only when no call is running.
/// </summary>
internal sealed partial class V4l2Device : IDisposable
{
    private readonly SafeFileDescriptor _fd;

    private V4l2Device(string path, SafeFileDescriptor fd)
    {
        Path = path;
        _fd = fd;
    }

    /// <summary>Opens a node; non-blocking, buffer dequeues return at once (poll first) and writes may fall short.</summary>
    public static V4l2Device Open(string path, bool nonBlocking = true) =>
        new(path, Libc.Open(path, Libc.O_RDWR | (nonBlocking ? Libc.O_NONBLOCK : 0)));

    public string Path { get; }

    /// <summary>The descriptor, for poll(2) and write(2).</summary>
    public SafeFileDescriptor Descriptor => _fd;

    public unsafe V4l2.Capability QueryCapability()
    {
        V4l2.Capability capability;
        Libc.Ioctl(_fd, V4l2.VIDIOC_QUERYCAP, &capability, "VIDIOC_QUERYCAP");
        return capability;
    }

    public void Dispose() => _fd.Dispose();
}
