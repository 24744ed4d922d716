using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_new_signal", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MessageNewSignalRaw(nint bus, out nint message, string path, string @interface, string member);

    internal static nint MessageNewSignal(nint bus, string path, string @interface, string member)
    {
        Check(MessageNewSignalRaw(bus, out nint message, path, @interface, member), $"sd_bus_message_new_signal {@interface}.{member}");
        return message;
    }
}
