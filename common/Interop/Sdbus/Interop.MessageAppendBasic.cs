using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_append_basic")]
    private static unsafe partial int MessageAppendBasicRaw(nint message, byte type, void* value);

    /// <summary>
    /// Appends one basic value. <paramref name="value"/> points at the value, except for the string
    /// types (s, o, g) where it is the NUL-terminated string itself. An 'h' fd is duplicated.
    /// </summary>
    internal static unsafe void MessageAppendBasic(nint message, byte type, void* value) =>
        Check(MessageAppendBasicRaw(message, type, value), $"sd_bus_message_append_basic '{(char)type}'");
}
