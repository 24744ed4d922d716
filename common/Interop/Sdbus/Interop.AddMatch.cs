using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_add_match", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int AddMatchRaw(nint bus, out nint slot, string match, delegate* unmanaged<nint, nint, Error*, int> callback, nint userdata);

    /// <summary>
    /// Installs a match rule (synchronously, with AddMatch on the bus) and a callback for the messages it
    /// matches. Unref the slot to remove both.
    /// </summary>
    internal static unsafe nint AddMatch(nint bus, string match, delegate* unmanaged<nint, nint, Error*, int> callback, nint userdata)
    {
        Check(AddMatchRaw(bus, out nint slot, match, callback, userdata), $"sd_bus_add_match {match}");
        return slot;
    }
}
