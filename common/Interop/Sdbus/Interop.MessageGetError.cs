using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_get_error")]
    private static unsafe partial Error* MessageGetErrorRaw(nint message);

    /// <summary>The error name and message of an error reply; false for any other message.</summary>
    internal static unsafe bool TryGetMessageError(nint message, out string name, out string text)
    {
        Error* error = MessageGetErrorRaw(message);
        if (error == null || error->Name == null)
        {
            name = text = "";
            return false;
        }
        name = Marshal.PtrToStringUTF8((nint)error->Name)!;
        text = Marshal.PtrToStringUTF8((nint)error->Message) ?? "";
        return true;
    }
}
