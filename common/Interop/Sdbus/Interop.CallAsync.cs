using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_call_async")]
    private static unsafe partial int CallAsyncRaw(nint bus, out nint slot, nint message, delegate* unmanaged<nint, nint, Error*, int> callback, nint userdata, ulong timeoutMicroseconds);

    /// <summary>
    /// Sends a method call; <paramref name="callback"/> runs from <see cref="Process"/> with the reply, an
    /// error reply, or a synthesised timeout/disconnect error. Unref the slot to forget the call.
    /// </summary>
    internal static unsafe nint CallAsync(nint bus, nint message, delegate* unmanaged<nint, nint, Error*, int> callback, nint userdata, ulong timeoutMicroseconds)
    {
        Check(CallAsyncRaw(bus, out nint slot, message, callback, userdata, timeoutMicroseconds), "sd_bus_call_async");
        return slot;
    }
}
