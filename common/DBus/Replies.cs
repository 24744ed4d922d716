using Fakecam.Interop;

namespace Fakecam.DBus;

/// <summary>Sends replies to method calls. Bus thread only.</summary>
internal static class Replies
{
    /// <summary>
    /// Sends a method return with the body <paramref name="body"/> writes. If writing fails, the half-built
    /// reply is dropped and an error reply is sent instead.
    /// </summary>
    public static void Return(nint call, MessageBodyWriter? body)
    {
        nint reply = SdBus.MessageNewMethodReturn(call);
        try
        {
            body?.Invoke(new MessageWriter(reply));
        }
        catch (Exception e)
        {
            SdBus.MessageUnref(reply);
            Error(call, e);
            return;
        }
        try
        {
            SdBus.Send(reply);
        }
        finally
        {
            SdBus.MessageUnref(reply);
        }
    }

    public static void Error(nint call, string name, string message)
    {
        nint reply = SdBus.MessageNewMethodError(call, name, message);
        try
        {
            SdBus.Send(reply);
        }
        finally
        {
            SdBus.MessageUnref(reply);
        }
    }

    /// <summary>A <see cref="DBusErrorException"/> becomes its own error; anything else becomes Failed with its message.</summary>
    public static void Error(nint call, Exception exception)
    {
        if (exception is DBusErrorException dbus)
            Error(call, dbus.ErrorName, dbus.Message);
        else
            Error(call, DBusErrorNames.Failed, exception.Message);
    }
}
