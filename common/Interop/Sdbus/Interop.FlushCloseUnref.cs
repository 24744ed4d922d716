using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_flush_close_unref")]
    private static partial nint FlushCloseUnrefRaw(nint bus);

    /// <summary>Flushes, closes and releases the connection.</summary>
    internal static void FlushCloseUnref(nint bus) => FlushCloseUnrefRaw(bus);
}
