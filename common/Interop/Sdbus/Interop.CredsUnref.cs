using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_creds_unref")]
    private static partial nint CredsUnrefRaw(nint creds);

    internal static void CredsUnref(nint creds) => CredsUnrefRaw(creds);
}
