using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_exit_container")]
    private static partial int MessageExitContainerRaw(nint message);

    internal static void MessageExitContainer(nint message) =>
        Check(MessageExitContainerRaw(message), "sd_bus_message_exit_container");
}
