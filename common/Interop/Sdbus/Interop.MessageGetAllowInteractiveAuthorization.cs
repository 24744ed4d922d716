using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_get_allow_interactive_authorization")]
    private static partial int MessageGetAllowInteractiveAuthorizationRaw(nint message);

    internal static bool MessageGetAllowInteractiveAuthorization(nint message) => MessageGetAllowInteractiveAuthorizationRaw(message) > 0;
}
