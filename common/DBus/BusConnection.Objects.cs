using Fakecam.Interop;

namespace Fakecam.DBus;

public sealed partial class BusConnection
{
    /// <summary>
    /// Serves <paramref name="interface"/> at <paramref name="path"/> until the returned object is disposed.
    /// Introspectable, Properties and Peer come with it from sd-bus. Export before requesting the name, so
    /// no caller finds the name without the object.
    /// </summary>
    public IDisposable Export(string path, DBusInterface @interface)
    {
        var exported = new ExportedObject(this, path, @interface);
        try
        {
            Invoke(() =>
            {
                exported.Register();
                return true;
            });
        }
        catch (ObjectDisposedException)
        {
            exported.Release(null);
            throw;
        }
        return exported;
    }

    /// <summary>
    /// Takes a well-known bus name. Fails with <see cref="BusNameException"/> when another connection
    /// owns it or the bus policy forbids it.
    /// </summary>
    public void RequestName(string name)
    {
        int result = Invoke(() => SdBus.RequestName(_bus, name));
        if (result < 0)
            throw new BusNameException(name, -result);
    }

    /// <summary>Emits a signal from <paramref name="path"/>.</summary>
    public Task EmitSignal(string path, string @interface, string member, MessageBodyWriter? body = null) =>
        InvokeAsync(() =>
        {
            nint message = SdBus.MessageNewSignal(_bus, path, @interface, member);
            try
            {
                body?.Invoke(new MessageWriter(message));
                SdBus.Send(message);
            }
            finally
            {
                SdBus.MessageUnref(message);
            }
            return true;
        });

    /// <summary>
    /// Announces new values of exported properties: sd-bus reads them through their getters (on the bus
    /// thread) and emits org.freedesktop.DBus.Properties.PropertiesChanged.
    /// </summary>
    public Task EmitPropertiesChanged(string path, string @interface, params string[] names) =>
        InvokeAsync(() =>
        {
            SdBus.EmitPropertiesChanged(_bus, path, @interface, names);
            return true;
        });
}
