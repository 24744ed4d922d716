using Fakecam.Interop;

namespace Fakecam.Daemon.Interop;

internal sealed partial class V4l2Device
{
    /// <summary>Subscribes to an event; false when the driver does not offer it (EINVAL, ENOTTY).</summary>
    public unsafe bool TrySubscribeEvent(uint type, uint flags)
    {
        V4l2.EventSubscription subscription = default;
        subscription.Type = type;
        subscription.Flags = flags;
        if (Libc.TryIoctl(_fd, V4l2.VIDIOC_SUBSCRIBE_EVENT, &subscription, out int errno))
            return true;
        if (errno is Libc.EINVAL or Libc.ENOTTY)
            return false;
        throw new NativeCallException("VIDIOC_SUBSCRIBE_EVENT", errno);
    }

    /// <summary>Takes the next pending event; false when none is pending (ENOENT).</summary>
    public unsafe bool TryDequeueEvent(out V4l2.Event e)
    {
        V4l2.Event pending;
        bool dequeued = Libc.TryIoctl(_fd, V4l2.VIDIOC_DQEVENT, &pending, out int errno);
        e = pending;
        if (!dequeued && errno != Libc.ENOENT)
            throw new NativeCallException("VIDIOC_DQEVENT", errno);
        return dequeued;
    }
}
