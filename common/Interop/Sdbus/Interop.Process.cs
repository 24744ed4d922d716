using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_process")]
    private static partial int ProcessRaw(nint bus, nint message);

    /// <summary>
    /// Does one unit of pending work (dispatches one message, runs one callback...). Returns a positive
    /// value while there may be more, 0 when idle, a negative errno when the connection failed.
    /// </summary>
    internal static int Process(nint bus) => ProcessRaw(bus, 0);
}
