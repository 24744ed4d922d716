using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_start")]
    private static partial int StartRaw(nint bus);

    internal static void Start(nint bus) => Check(StartRaw(bus), "sd_bus_start");
}
