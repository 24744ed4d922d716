using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_set_bus_client")]
    private static partial int SetBusClientRaw(nint bus, int isBusClient);

    /// <summary>Marks the connection as one to a message bus (sends Hello, gets a unique name).</summary>
    internal static void SetBusClient(nint bus, bool isBusClient) =>
        Check(SetBusClientRaw(bus, isBusClient ? 1 : 0), "sd_bus_set_bus_client");
}
