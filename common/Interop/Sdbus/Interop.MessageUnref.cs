using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_unref")]
    private static partial nint MessageUnrefRaw(nint message);

    internal static void MessageUnref(nint message) => MessageUnrefRaw(message);
}
