namespace Fakecam.DBus;

/// <summary>
/// The client's view of one interface of one remote object: method calls, properties and signals without
/// repeating destination, path and interface.
/// </summary>
public sealed class BusProxy(BusConnection connection, string destination, string path, string @interface)
{
    private const string PropertiesInterface = "org.freedesktop.DBus.Properties";

    public BusConnection Connection { get; } = connection;
    public string Destination { get; } = destination;
    public string Path { get; } = path;
    public string Interface { get; } = @interface;

    public Task CallAsync(string member, MessageBodyWriter? arguments = null, TimeSpan? timeout = null,
        bool allowInteractiveAuthorization = false) =>
        Connection.CallAsync(Destination, Path, Interface, member, arguments, timeout, allowInteractiveAuthorization);

    public Task<T> CallAsync<T>(string member, MessageBodyWriter? arguments, MessageBodyReader<T> readReply, TimeSpan? timeout = null) =>
        Connection.CallAsync(Destination, Path, Interface, member, arguments, readReply, timeout);

    /// <summary>Every property of the interface (Properties.GetAll), each as the value inside its variant.</summary>
    public Task<Dictionary<string, DBusVariant>> GetAllPropertiesAsync(TimeSpan? timeout = null) =>
        Connection.CallAsync(Destination, Path, PropertiesInterface, "GetAll",
            w => w.WriteString(Interface), static r => r.ReadVariantDictionary(), timeout);

    public Task<DBusVariant> GetPropertyAsync(string name, TimeSpan? timeout = null) =>
        Connection.CallAsync(Destination, Path, PropertiesInterface, "Get",
            w =>
            {
                w.WriteString(Interface);
                w.WriteString(name);
            },
            static r => r.ReadVariant(), timeout);

    /// <summary>Subscribes to one signal the destination emits from this path and interface.</summary>
    public Task<IDisposable> SubscribeSignalAsync(string member, SignalHandler handler) =>
        Connection.SubscribeSignal(Destination, Path, Interface, member, handler);

    /// <summary>Calls <paramref name="handler"/> (on the bus thread) with each PropertiesChanged of this interface.</summary>
    public Task<IDisposable> WatchPropertiesAsync(PropertiesChangedHandler handler) =>
        Connection.SubscribeSignal(Destination, Path, PropertiesInterface, "PropertiesChanged", signal =>
        {
            if (signal.ReadString() != Interface)
                return;
            Dictionary<string, DBusVariant> changed = signal.ReadVariantDictionary();
            string[] invalidated = signal.ReadStringArray();
            handler(changed, invalidated);
        });
}
