using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_ref")]
    private static partial nint MessageRefRaw(nint message);

    internal static nint MessageRef(nint message) => MessageRefRaw(message);
}
