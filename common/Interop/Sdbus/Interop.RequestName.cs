using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_request_name", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RequestNameRaw(nint bus, string name, ulong flags);

    /// <summary>Takes a well-known name without queueing or replacing; returns the negative errno on failure.</summary>
    internal static int RequestName(nint bus, string name) => RequestNameRaw(bus, name, 0);
}
