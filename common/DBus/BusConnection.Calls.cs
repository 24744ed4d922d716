namespace Fakecam.DBus;

public sealed partial class BusConnection
{
    internal nint Bus => _bus;

    /// <summary>
    /// Calls a method and reads its reply with <paramref name="readReply"/> (on the bus thread). Faults with
    /// <see cref="DBusErrorException"/> for an error reply, including NoReply on timeout (default 25 s).
    /// <paramref name="allowInteractiveAuthorization"/> tells the service the caller can answer a password
    /// prompt of its authentication agent.
    /// </summary>
    public Task<T> CallAsync<T>(string? destination, string path, string? @interface, string member,
        MessageBodyWriter? arguments, MessageBodyReader<T> readReply, TimeSpan? timeout = null,
        bool allowInteractiveAuthorization = false)
    {
        var target = new CallTarget(destination, path, @interface, member, allowInteractiveAuthorization);
        var call = new PendingCall<T>(this, target, arguments, readReply, timeout);
        Post(call);
        return call.Task;
    }

    /// <summary>Calls a method whose reply carries nothing the caller needs.</summary>
    public Task CallAsync(string? destination, string path, string? @interface, string member,
        MessageBodyWriter? arguments = null, TimeSpan? timeout = null, bool allowInteractiveAuthorization = false) =>
        CallAsync(destination, path, @interface, member, arguments, static _ => true, timeout, allowInteractiveAuthorization);
}
