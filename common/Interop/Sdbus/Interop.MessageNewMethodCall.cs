using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_new_method_call", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MessageNewMethodCallRaw(nint bus, out nint message, string? destination, string path, string? @interface, string member);

    internal static nint MessageNewMethodCall(nint bus, string? destination, string path, string? @interface, string member)
    {
        Check(MessageNewMethodCallRaw(bus, out nint message, destination, path, @interface, member), $"sd_bus_message_new_method_call {@interface}.{member}");
        return message;
    }
}
