using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_message_at_end")]
    private static partial int MessageAtEndRaw(nint message, int complete);

    /// <summary>True when the current container (or with <paramref name="complete"/>, the whole body) is read.</summary>
    internal static bool MessageAtEnd(nint message, bool complete) =>
        Check(MessageAtEndRaw(message, complete ? 1 : 0), "sd_bus_message_at_end") > 0;
}
