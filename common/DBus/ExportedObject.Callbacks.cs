using System.Runtime.InteropServices;
using Fakecam.Interop;

namespace Fakecam.DBus;

internal sealed unsafe partial class ExportedObject
{
    private static (ExportedObject Owner, DBusMember Member) Resolve(nint userdata)
    {
        var slot = (MemberSlot*)userdata;
        var owner = (ExportedObject)GCHandle.FromIntPtr(slot->Owner).Target!;
        return (owner, owner._members[slot->Index]);
    }

    /// <summary>sd_bus_message_handler_t for every method: dispatches to the C# handler; never lets an exception out.</summary>
    [UnmanagedCallersOnly]
    private static int OnMethodCall(nint message, nint userdata, SdBus.Error* error)
    {
        try
        {
            (ExportedObject owner, DBusMember member) = Resolve(userdata);
            var method = (DBusMethod)member;
            var call = new MethodCall(owner._connection, message, method.Result);
            try
            {
                method.Handler(ref call);
                call.FinishAfterHandler();
            }
            catch (Exception e)
            {
                call.FailAfterHandler(e);
            }
            return 1;
        }
        catch (Exception e)
        {
            return SdBus.ErrorSet(error, DBusErrorNames.Failed, e.Message);
        }
    }

    /// <summary>sd_bus_property_get_t for every property: the value goes into the variant sd-bus opened.</summary>
    [UnmanagedCallersOnly]
    private static int OnGetProperty(nint bus, byte* path, byte* @interface, byte* property, nint reply, nint userdata, SdBus.Error* error)
    {
        try
        {
            (_, DBusMember member) = Resolve(userdata);
            ((DBusProperty)member).Getter(new MessageWriter(reply));
            return 1;
        }
        catch (DBusErrorException e)
        {
            return SdBus.ErrorSet(error, e.ErrorName, e.Message);
        }
        catch (Exception e)
        {
            return SdBus.ErrorSet(error, DBusErrorNames.Failed, e.Message);
        }
    }
}
