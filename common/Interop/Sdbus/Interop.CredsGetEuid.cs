using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_creds_get_euid")]
    private static partial int CredsGetEuidRaw(nint creds, out uint euid);

    internal static uint CredsGetEuid(nint creds)
    {
        Check(CredsGetEuidRaw(creds, out uint euid), "sd_bus_creds_get_euid");
        return euid;
    }
}
