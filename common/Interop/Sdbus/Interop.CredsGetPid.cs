using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_creds_get_pid")]
    private static partial int CredsGetPidRaw(nint creds, out int pid);

    internal static int CredsGetPid(nint creds)
    {
        Check(CredsGetPidRaw(creds, out int pid), "sd_bus_creds_get_pid");
        return pid;
    }
}
