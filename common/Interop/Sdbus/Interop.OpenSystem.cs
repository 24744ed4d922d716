using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_open_system")]
    private static partial int OpenSystemRaw(out nint bus);

    /// <summary>Connects to the system bus, at $DBUS_SYSTEM_BUS_ADDRESS when set.</summary>
    internal static nint OpenSystem()
    {
        Check(OpenSystemRaw(out nint bus), "sd_bus_open_system");
        return bus;
    }
}
