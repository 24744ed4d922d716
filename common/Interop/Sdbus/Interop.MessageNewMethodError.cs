using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_new_method_error")]
    private static unsafe partial int MessageNewMethodErrorRaw(nint call, out nint reply, Error* error);

    /// <summary>An error reply to <paramref name="call"/>; sd-bus copies the name and message.</summary>
    internal static unsafe nint MessageNewMethodError(nint call, string name, string message)
    {
        fixed (byte* namePtr = Utf8.NulTerminated(name))
        fixed (byte* messagePtr = Utf8.NulTerminated(message))
        {
            Error error = new() { Name = namePtr, Message = messagePtr };
            Check(MessageNewMethodErrorRaw(call, out nint reply, &error), $"sd_bus_message_new_method_error {name}");
            return reply;
        }
    }
}
