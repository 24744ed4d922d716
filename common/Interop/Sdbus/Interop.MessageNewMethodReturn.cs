using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_new_method_return")]
    private static partial int MessageNewMethodReturnRaw(nint call, out nint reply);

    internal static nint MessageNewMethodReturn(nint call)
    {
        Check(MessageNewMethodReturnRaw(call, out nint reply), "sd_bus_message_new_method_return");
        return reply;
    }
}
