using System.Runtime.InteropServices;
using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>
/// One interface served at one object path: the sd_bus_vtable built in native memory from a
/// <see cref="DBusInterface"/>, and the slot sd-bus returned for it. Each method and property entry's
/// <c>offset</c> selects a <see cref="MemberSlot"/>, which sd-bus adds to the userdata pointer it hands
/// the callback, so the callback finds both this object and which member was called.
/// </summary>
internal sealed unsafe partial class ExportedObject : IBusResource, IDisposable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct MemberSlot
    {
        public nint Owner;
        public nint Index;
    }

    private readonly BusConnection _connection;
    private readonly string _path;
    private readonly DBusInterface _interface;
    private readonly DBusMember[] _members;
    private GCHandle _self;
    private byte* _strings;
    private SdBus.Vtable* _vtable;
    private MemberSlot* _memberSlots;
    private nint _slot;
    private int _disposed;

    public ExportedObject(BusConnection connection, string path, DBusInterface @interface)
    {
        _connection = connection;
        _path = path;
        _interface = @interface;
        _members = [.. @interface.Members];
        _self = GCHandle.Alloc(this);
        BuildVtable();
    }

    /// <summary>Hands the vtable to sd-bus. Bus thread.</summary>
    public void Register()
    {
        try
        {
            _slot = SdBus.AddObjectVtable(_connection.Bus, _path, _interface.Name, _vtable, _memberSlots);
        }
        catch
        {
            FreeNative();
            throw;
        }
        _connection.Track(this);
    }

    /// <summary>Withdraws the interface from the bus.</summary>
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
        FreeNative();
    }

    private void FreeNative()
    {
        NativeMemory.Free(_vtable);
        NativeMemory.Free(_memberSlots);
        NativeMemory.Free(_strings);
        _vtable = null;
        _memberSlots = null;
        _strings = null;
        if (_self.IsAllocated)
            _self.Free();
    }
}
