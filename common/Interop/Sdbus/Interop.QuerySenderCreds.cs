using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    internal const ulong CredsPid = 1UL << 0;
    internal const ulong CredsEuid = 1UL << 4;

    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_query_sender_creds")]
    private static partial int QuerySenderCredsRaw(nint call, ulong mask, out nint creds);

    /// <summary>
    /// The credentials of a call's sender. On dbus-daemon they are not attached to messages, so sd-bus asks
    /// the bus driver synchronously. Release with <see cref="CredsUnref"/>.
    /// </summary>
    internal static nint QuerySenderCreds(nint call, ulong mask)
    {
        Check(QuerySenderCredsRaw(call, mask, out nint creds), "sd_bus_query_sender_creds");
        return creds;
    }
}
