using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_get_events")]
    private static partial int GetEventsRaw(nint bus);

    /// <summary>The poll(2) events sd-bus wants on its fd right now.</summary>
    internal static short GetEvents(nint bus) => (short)Check(GetEventsRaw(bus), "sd_bus_get_events");
}
