using Fakecam.DBus;

namespace Fakecam.Service.Tests.Fixtures;

/// <summary>Questions to the bus daemon itself (org.freedesktop.DBus).</summary>
public static class BusNames
{
    public static bool HasOwner(BusConnection bus, string name) =>
        bus.CallAsync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
            w => w.WriteString(name), static r => r.ReadBoolean()).GetAwaiter().GetResult();
}
