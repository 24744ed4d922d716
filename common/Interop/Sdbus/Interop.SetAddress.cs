using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_set_address", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetAddressRaw(nint bus, string address);

    internal static void SetAddress(nint bus, string address) =>
        Check(SetAddressRaw(bus, address), "sd_bus_set_address");
}
