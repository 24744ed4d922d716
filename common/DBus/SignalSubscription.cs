using System.Runtime.InteropServices;
using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>A match rule installed on the bus with the handler for the signals it matches.</summary>
internal sealed unsafe class SignalSubscription : IBusResource, IDisposable
{
    private readonly BusConnection _connection;
    private readonly SignalHandler _handler;
    private GCHandle _self;
    private nint _slot;
    private int _disposed;

    public SignalSubscription(BusConnection connection, SignalHandler handler)
    {
        _connection = connection;
        _handler = handler;
    }

    /// <summary>Installs the match (a synchronous AddMatch round trip). Bus thread.</summary>
    public void Install(string rule)
    {
        _self = GCHandle.Alloc(this);
        try
        {
            _slot = SdBus.AddMatch(_connection.Bus, rule, &OnSignal, GCHandle.ToIntPtr(_self));
        }
        catch
        {
            _self.Free();
            throw;
        }
        _connection.Track(this);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _connection.Post(new BusFunction<bool>(() =>
        {
            _connection.Untrack(this);
            Release(null);
            return true;
        }));
    }

    public void Release(Exception? reason)
    {
        if (_slot != 0)
            SdBus.SlotUnref(_slot);
        _slot = 0;
        if (_self.IsAllocated)
            _self.Free();
    }

    [UnmanagedCallersOnly]
    private static int OnSignal(nint message, nint userdata, SdBus.Error* error)
    {
        var subscription = (SignalSubscription)GCHandle.FromIntPtr(userdata).Target!;
        try
        {
            subscription._handler(new MessageReader(message));
        }
        catch (Exception e)
        {
            subscription._connection.ReportCallbackFailure(e);
        }
        return 0;
    }
}
