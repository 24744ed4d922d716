using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_new")]
    private static partial int NewRaw(out nint bus);

    internal static nint New()
    {
        Check(NewRaw(out nint bus), "sd_bus_new");
        return bus;
    }
}
