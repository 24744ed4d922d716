using System.Diagnostics;
using Fakecam.DBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>Collects the PropertiesChanged signals of the service's interface from the moment it is made.</summary>
public sealed class PropertyChanges : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DBusVariant> _latest = [];
    private readonly IDisposable _subscription;

    public PropertyChanges(BusProxy api)
    {
        _subscription = api.WatchPropertiesAsync((changed, _) =>
        {
            lock (_lock)
            {
                foreach ((string name, DBusVariant value) in changed)
                    _latest[name] = value;
            }
        }).GetAwaiter().GetResult();
    }

    /// <summary>The newest value announced for each property so far.</summary>
    public IReadOnlyDictionary<string, DBusVariant> Latest
    {
        get
        {
            lock (_lock)
                return new Dictionary<string, DBusVariant>(_latest);
        }
    }

    /// <summary>Waits until <paramref name="name"/> was announced with a value <paramref name="expected"/> accepts.</summary>
    public DBusVariant WaitFor(string name, Func<DBusVariant, bool> expected, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Latest.TryGetValue(name, out DBusVariant? value) && expected(value))
                return value;
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(10)))
                throw new TimeoutException($"No PropertiesChanged with the expected {name} in {clock.Elapsed}; last: {value?.ToString() ?? "none"}.");
            Thread.Sleep(10);
        }
    }

    public DBusVariant WaitFor(string name, object expected) => WaitFor(name, v => v.Value.Equals(expected));

    public void Dispose() => _subscription.Dispose();
}
