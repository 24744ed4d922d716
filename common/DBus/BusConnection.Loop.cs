using Fakecam.Interop;

namespace Fakecam.DBus;

public sealed partial class BusConnection
{
    private volatile bool _stopRequested;
    private int _busThreadId;

    private bool IsBusThread => Environment.CurrentManagedThreadId == _busThreadId;

    private void Run()
    {
        _busThreadId = Environment.CurrentManagedThreadId;
        Exception? failure = null;
        try
        {
            Loop();
        }
        catch (Exception e)
        {
            failure = e;
        }
        ShutDown(failure);
    }

    private void Loop()
    {
        Span<Libc.PollFd> fds = stackalloc Libc.PollFd[2];
        int busFd = SdBus.GetFd(_bus);
        Span<byte> counter = stackalloc byte[8];
        while (!_stopRequested)
        {
            int r;
            do
                r = SdBus.Process(_bus);
            while (r > 0 && !_stopRequested);
            if (r < 0 || !SdBus.IsOpen(_bus))
                throw new DBusErrorException(DBusErrorNames.Disconnected, "The connection to the D-Bus message bus was lost.");
            if (_stopRequested)
                break;

            fds[0] = new Libc.PollFd { Fd = busFd, Events = SdBus.GetEvents(_bus) };
            fds[1] = new Libc.PollFd { Fd = _wakeup.Fd, Events = Libc.POLLIN };
            Libc.Poll(fds, PollTimeout(SdBus.GetTimeout(_bus)));
            if (fds[1].Revents != 0)
            {
                Libc.Read(_wakeup, counter);
                RunQueuedWork();
            }
        }
    }

    /// <summary>Milliseconds until sd-bus's absolute monotonic deadline, rounded up; -1 for none.</summary>
    private static int PollTimeout(ulong deadlineMicroseconds)
    {
        if (deadlineMicroseconds == ulong.MaxValue)
            return -1;
        ulong now = Libc.MonotonicMicroseconds();
        if (deadlineMicroseconds <= now)
            return 0;
        ulong milliseconds = (deadlineMicroseconds - now + 999) / 1000;
        return milliseconds > int.MaxValue ? int.MaxValue : (int)milliseconds;
    }

    private void ShutDown(Exception? failure)
    {
        Exception reason = failure ?? new ObjectDisposedException(nameof(BusConnection), "The D-Bus connection was closed.");
        lock (_gate)
            _closed = true;
        while (_queue.TryDequeue(out BusWorkItem? item))
            item.Fail(reason);
        foreach (IBusResource resource in _resources.ToArray())
            resource.Release(reason);
        _resources.Clear();
        SdBus.FlushCloseUnref(_bus);
        _wakeup.Dispose();
        if (failure == null)
            _completion.SetResult();
        else
            _completion.SetException(failure);
    }
}
