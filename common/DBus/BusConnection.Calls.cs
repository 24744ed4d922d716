namespace Fakecam.DBus;

public sealed partial class BusConnection
{
    internal nint Bus => _bus;

    /// <summary>
    /// Calls a method and reads its reply with <paramref name="readReply"/> (on the bus thread). Faults with
    /// <see cref="DBusErrorException"/> for an error reply, including NoReply on timeout (default 25 s).
    /// </summary>
    public Task<T> CallAsync<T>(string? destination, string path, string? @interface, string member,
        MessageBodyWriter? arguments, MessageBodyReader<T> readReply, TimeSpan? timeout = null)
    {
        var call = new PendingCall<T>(this, new CallTarget(destination, path, @interface, member), arguments, readReply, timeout);
        Post(call);
        return call.Task;
    }

    /// <summary>Calls a method whose reply carries nothing the caller needs.</summary>
    public Task CallAsync(string? destination, string path, string? @interface, string member,
        MessageBodyWriter? arguments = null, TimeSpan? timeout = null) =>
        CallAsync(destination, path, @interface, member, arguments, static _ => true, timeout);
}
