using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_add_object_vtable", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int AddObjectVtableRaw(nint bus, out nint slot, string path, string @interface, Vtable* vtable, void* userdata);

    /// <summary>
    /// Serves an interface at a path. The vtable, its strings and userdata must outlive the returned slot;
    /// unref the slot to withdraw the interface.
    /// </summary>
    internal static unsafe nint AddObjectVtable(nint bus, string path, string @interface, Vtable* vtable, void* userdata)
    {
        Check(AddObjectVtableRaw(bus, out nint slot, path, @interface, vtable, userdata), $"sd_bus_add_object_vtable {path} {@interface}");
        return slot;
    }
}
