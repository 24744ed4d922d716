using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_get_timeout")]
    private static partial int GetTimeoutRaw(nint bus, out ulong timeoutMicroseconds);

    /// <summary>
    /// The CLOCK_MONOTONIC time (µs) by which <see cref="Process"/> must run again, or
    /// <see cref="ulong.MaxValue"/> for none.
    /// </summary>
    internal static ulong GetTimeout(nint bus)
    {
        Check(GetTimeoutRaw(bus, out ulong usec), "sd_bus_get_timeout");
        return usec;
    }
}
