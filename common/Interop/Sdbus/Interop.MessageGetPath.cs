using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_get_path")]
    private static partial nint MessageGetPathRaw(nint message);

    internal static string? MessageGetPath(nint message) => Marshal.PtrToStringUTF8(MessageGetPathRaw(message));
}
