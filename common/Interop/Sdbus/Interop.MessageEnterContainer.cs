using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_enter_container", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MessageEnterContainerRaw(nint message, byte type, string? contents);

    /// <summary>Enters the next container; false at the end of the enclosing container.</summary>
    internal static bool MessageEnterContainer(nint message, byte type, string? contents) =>
        Check(MessageEnterContainerRaw(message, type, contents), $"sd_bus_message_enter_container '{(char)type}' \"{contents}\"") > 0;
}
