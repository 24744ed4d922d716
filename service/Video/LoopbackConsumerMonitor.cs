using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Streaming;
using Fakecam.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>
/// Tells whether an app is capturing from a v4l2loopback device, through the module's client-usage event
/// (v4l2loopback 0.13 and later; defined only in its source, so the number is ours to write down). In 0.15
/// the payload is 0 or 1 ("someone is capturing"), not a count, and it arrives about 2 s after a reader starts
/// streaming, so a consumer that only probes the device never shows up.
/// Fallback for older modules, which have no such event: report one consumer all the time, so the camera
/// stays open and the output is always live (<see cref="UsesEvents"/> is false; the caller should say so).
/// One thread uses a monitor.
/// </summary>
public sealed class LoopbackConsumerMonitor : IConsumerMonitor
{
    /// <summary>V4L2_EVENT_PRIVATE_START + 0x08E00000 + 1, as v4l2loopback.c defines it.</summary>
    internal const uint ClientUsageEvent = V4l2.V4L2_EVENT_PRIVATE_START + 0x08E00000 + 1;

    private readonly V4l2Device _device;

    public LoopbackConsumerMonitor(string devicePath)
    {
        _device = V4l2Device.Open(devicePath);
        try
        {
            UsesEvents = _device.TrySubscribeEvent(ClientUsageEvent, V4l2.V4L2_EVENT_SUB_FL_SEND_INITIAL);
        }
        catch
        {
            _device.Dispose();
            throw;
        }
        Consumers = UsesEvents ? 0 : 1;
        if (UsesEvents)
            Update();
    }

    /// <summary>Whether the module reports consumers; false means the always-on fallback.</summary>
    public bool UsesEvents { get; }

    /// <summary>Apps capturing now as last reported (0 or 1 on v4l2loopback 0.15).</summary>
    public int Consumers { get; private set; }

    /// <summary>Poll this for POLLPRI: it becomes ready when an event is pending; then call <see cref="Update"/>.</summary>
    public SafeFileDescriptor Descriptor => _device.Descriptor;

    SafeFileDescriptor? IConsumerMonitor.ChangeDescriptor => UsesEvents ? _device.Descriptor : null;

    /// <summary>Takes all pending events; returns whether <see cref="Consumers"/> changed.</summary>
    public bool Update()
    {
        int before = Consumers;
        while (_device.TryDequeueEvent(out V4l2.Event e))
        {
            if (e.Type == ClientUsageEvent)
                Consumers = (int)Math.Min(ReadCount(e), int.MaxValue);
        }
        return Consumers != before;
    }

    void IConsumerMonitor.Update() => Update();

    /// <summary>
    /// Waits up to <paramref name="timeoutMilliseconds"/> for a change of <see cref="Consumers"/>, or until
    /// <paramref name="wake"/> (an eventfd, say) becomes readable. Returns whether the count changed (never,
    /// in the fallback, which still waits, so a caller's loop does not spin).
    /// </summary>
    public bool WaitForChange(int timeoutMilliseconds, SafeFileDescriptor? wake = null)
    {
        Span<Libc.PollFd> fds = stackalloc Libc.PollFd[2];
        fds[0] = new Libc.PollFd { Fd = UsesEvents ? _device.Descriptor.Fd : -1, Events = Libc.POLLPRI };
        fds[1] = new Libc.PollFd { Fd = wake?.Fd ?? -1, Events = Libc.POLLIN };
        Libc.Poll(fds, timeoutMilliseconds);
        return (fds[0].Revents & Libc.POLLPRI) != 0 && Update();
    }

    /// <summary>The event's payload: a native-endian u32 at the start of the data union.</summary>
    internal static unsafe uint ReadCount(in V4l2.Event e)
    {
        fixed (byte* data = e.Data)
            return *(uint*)data;
    }

    public void Dispose() => _device.Dispose();
}
