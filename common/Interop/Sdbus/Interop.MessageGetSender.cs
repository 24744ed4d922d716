using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_get_sender")]
    private static partial nint MessageGetSenderRaw(nint message);

    internal static string? MessageGetSender(nint message) => Marshal.PtrToStringUTF8(MessageGetSenderRaw(message));
}
