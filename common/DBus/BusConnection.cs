using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>
/// A connection to a D-Bus message bus through sd-bus. sd-bus is not thread-safe, so one dedicated thread
/// owns the connection: it polls the bus socket and an eventfd, dispatches incoming calls and signals to
/// their handlers (which therefore run on that thread), and runs work other threads post to it. Every
/// public method may be called from any thread.
/// </summary>
public sealed partial class BusConnection : IDisposable
{
    private readonly nint _bus;
    private readonly SafeFileDescriptor _wakeup;
    private readonly Thread _thread;
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BusConnection(nint bus)
    {
        _bus = bus;
        UniqueName = SdBus.GetUniqueName(bus);
        _wakeup = Libc.EventFd(Libc.EFD_NONBLOCK);
        _thread = new Thread(Run) { Name = "D-Bus", IsBackground = true };
        _thread.Start();
    }

    /// <summary>This connection's unique name on the bus (":1.42").</summary>
    public string UniqueName { get; }

    /// <summary>
    /// Completes when the connection has shut down: successfully after <see cref="Dispose"/>, faulted with
    /// the reason when the bus went away.
    /// </summary>
    public Task Completion => _completion.Task;

    /// <summary>Raised on the bus thread when a signal handler throws (there is nobody to reply to).</summary>
    public event Action<Exception>? CallbackFailed;

    /// <summary>Connects to the system bus, at $DBUS_SYSTEM_BUS_ADDRESS when that is set (as sd-bus does).</summary>
    public static BusConnection ConnectSystem() => Open(SdBus.OpenSystem());

    /// <summary>Connects to the message bus at a D-Bus address ("unix:path=/run/dbus/system_bus_socket").</summary>
    public static BusConnection Connect(string address)
    {
        nint bus = SdBus.New();
        try
        {
            SdBus.SetAddress(bus, address);
            SdBus.SetBusClient(bus, true);
            SdBus.Start(bus);
        }
        catch
        {
            SdBus.FlushCloseUnref(bus);
            throw;
        }
        return Open(bus);
    }

    private static BusConnection Open(nint bus)
    {
        try
        {
            return new BusConnection(bus);
        }
        catch
        {
            SdBus.FlushCloseUnref(bus);
            throw;
        }
    }

    /// <summary>
    /// Stops the bus thread: pending calls fail, exported objects and subscriptions are withdrawn, queued
    /// replies are flushed, and the connection is closed. Returns once that is done (unless called from a
    /// handler on the bus thread, where it only requests it).
    /// </summary>
    public void Dispose()
    {
        _stopRequested = true;
        Wake();
        if (!IsBusThread)
            _thread.Join();
    }

    internal void ReportCallbackFailure(Exception exception) => CallbackFailed?.Invoke(exception);
}
