using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_send")]
    private static partial int SendRaw(nint bus, nint message, nint cookie);

    /// <summary>Seals and queues a message (reply, error or signal) on the message's own connection.</summary>
    internal static void Send(nint message) => Check(SendRaw(0, message, 0), "sd_bus_send");
}
