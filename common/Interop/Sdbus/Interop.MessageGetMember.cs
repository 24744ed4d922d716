using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_get_member")]
    private static partial nint MessageGetMemberRaw(nint message);

    internal static string? MessageGetMember(nint message) => Marshal.PtrToStringUTF8(MessageGetMemberRaw(message));
}
