using System.Runtime.InteropServices;
using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>The native entry point sd-bus calls with a method reply; userdata is a GCHandle to the receiver.</summary>
internal static unsafe class ReplyCallbacks
{
    [UnmanagedCallersOnly]
    public static int OnReply(nint reply, nint userdata, SdBus.Error* error)
    {
        try
        {
            ((IReplyReceiver)GCHandle.FromIntPtr(userdata).Target!).Complete(reply);
        }
        catch (Exception)
        {
            // Complete() catches what a reply reader throws; nothing else may cross into sd-bus.
        }
        return 1;
    }
}
