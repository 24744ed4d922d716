using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_set_allow_interactive_authorization")]
    private static partial int MessageSetAllowInteractiveAuthorizationRaw(nint message, int allow);

    /// <summary>Marks a method call as one whose caller can answer an authentication prompt (polkit agent).</summary>
    internal static void MessageSetAllowInteractiveAuthorization(nint message, bool allow) =>
        Check(MessageSetAllowInteractiveAuthorizationRaw(message, allow ? 1 : 0), "sd_bus_message_set_allow_interactive_authorization");
}
