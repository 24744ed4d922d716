using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_get_fd")]
    private static partial int GetFdRaw(nint bus);

    /// <summary>The connection's socket, owned by sd-bus: poll it, never close it.</summary>
    internal static int GetFd(nint bus) => Check(GetFdRaw(bus), "sd_bus_get_fd");
}
