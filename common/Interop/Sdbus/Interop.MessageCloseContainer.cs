using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_close_container")]
    private static partial int MessageCloseContainerRaw(nint message);

    internal static void MessageCloseContainer(nint message) =>
        Check(MessageCloseContainerRaw(message), "sd_bus_message_close_container");
}
