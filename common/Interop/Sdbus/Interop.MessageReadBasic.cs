using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_read_basic")]
    private static unsafe partial int MessageReadBasicRaw(nint message, byte type, void* value);

    /// <summary>
    /// Reads one basic value into <paramref name="value"/> (a <c>const char*</c> for s, o, g, valid while
    /// the message lives; an fd the message still owns for h). Returns false at the end of the container.
    /// </summary>
    internal static unsafe bool MessageReadBasic(nint message, byte type, void* value) =>
        Check(MessageReadBasicRaw(message, type, value), $"sd_bus_message_read_basic '{(char)type}'") > 0;
}
