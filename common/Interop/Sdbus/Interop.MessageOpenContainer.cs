using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_open_container", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MessageOpenContainerRaw(nint message, byte type, string contents);

    /// <summary>Opens an array (a), struct (r), dict entry (e) or variant (v) with the given contents signature.</summary>
    internal static void MessageOpenContainer(nint message, byte type, string contents) =>
        Check(MessageOpenContainerRaw(message, type, contents), $"sd_bus_message_open_container '{(char)type}' \"{contents}\"");
}
