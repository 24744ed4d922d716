using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_peek_type")]
    private static unsafe partial int MessagePeekTypeRaw(nint message, out byte type, out byte* contents);

    /// <summary>
    /// The type code of the next value and, for a container, its contents signature. False at the end of
    /// the current container.
    /// </summary>
    internal static unsafe bool MessagePeekType(nint message, out char type, out string? contents)
    {
        int r = Check(MessagePeekTypeRaw(message, out byte code, out byte* contentsPtr), "sd_bus_message_peek_type");
        type = (char)code;
        contents = contentsPtr == null ? null : Marshal.PtrToStringUTF8((nint)contentsPtr);
        return r > 0;
    }
}
