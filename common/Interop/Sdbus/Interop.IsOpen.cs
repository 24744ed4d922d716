using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_is_open")]
    private static partial int IsOpenRaw(nint bus);

    internal static bool IsOpen(nint bus) => IsOpenRaw(bus) > 0;
}
