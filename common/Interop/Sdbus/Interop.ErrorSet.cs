using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_error_set", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int ErrorSetRaw(Error* error, string name, string message);

    /// <summary>Fills a callback's error out-parameter (sd-bus copies the strings); returns the negative errno to hand back.</summary>
    internal static unsafe int ErrorSet(Error* error, string name, string message) => ErrorSetRaw(error, name, message);
}
