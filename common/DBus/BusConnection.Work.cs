using System.Collections.Concurrent;
using Fakecam.Interop;

namespace Fakecam.DBus;

public sealed partial class BusConnection
{
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<BusWorkItem> _queue = new();
    private bool _closed;

    /// <summary>Objects holding sd-bus slots, released when the connection shuts down. Bus thread only.</summary>
    private readonly HashSet<IBusResource> _resources = [];

    /// <summary>Runs work on the bus thread (inline when already on it) and returns its result.</summary>
    internal Task<T> InvokeAsync<T>(Func<T> work)
    {
        var item = new BusFunction<T>(work);
        Post(item);
        return item.Task;
    }

    /// <summary>Runs work on the bus thread and waits for it; for short set-up steps.</summary>
    internal T Invoke<T>(Func<T> work) => InvokeAsync(work).GetAwaiter().GetResult();

    internal void Post(BusWorkItem item)
    {
        if (IsBusThread)
        {
            item.Run();
            return;
        }
        lock (_gate)
        {
            if (_closed)
            {
                item.Fail(new ObjectDisposedException(nameof(BusConnection), "The D-Bus connection is closed."));
                return;
            }
            _queue.Enqueue(item);
            SignalWakeup();
        }
    }

    internal void Track(IBusResource resource) => _resources.Add(resource);

    internal void Untrack(IBusResource resource) => _resources.Remove(resource);

    private void Wake()
    {
        lock (_gate)
        {
            if (!_closed)
                SignalWakeup();
        }
    }

    /// <summary>Adds 1 to the eventfd the bus thread polls. Caller holds <see cref="_gate"/> and has checked it is open.</summary>
    private void SignalWakeup() => Libc.Write(_wakeup, [1, 0, 0, 0, 0, 0, 0, 0]);

    private void RunQueuedWork()
    {
        while (!_stopRequested && _queue.TryDequeue(out BusWorkItem? item))
            item.Run();
    }
}
