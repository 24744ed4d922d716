using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_get_interface")]
    private static partial nint MessageGetInterfaceRaw(nint message);

    internal static string? MessageGetInterface(nint message) => Marshal.PtrToStringUTF8(MessageGetInterfaceRaw(message));
}
