using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_get_unique_name")]
    private static unsafe partial int GetUniqueNameRaw(nint bus, out byte* name);

    /// <summary>The connection's unique name; blocks until the bus has answered Hello.</summary>
    internal static unsafe string GetUniqueName(nint bus)
    {
        Check(GetUniqueNameRaw(bus, out byte* name), "sd_bus_get_unique_name");
        return Marshal.PtrToStringUTF8((nint)name)!;
    }
}
