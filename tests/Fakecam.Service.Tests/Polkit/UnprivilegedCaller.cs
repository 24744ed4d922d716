using Fakecam.Api;
using Fakecam.Tests.DBus;

namespace Fakecam.Service.Tests.Polkit;

/// <summary>What an unprivileged caller saw: its unique bus name and, per call, "ok" or the D-Bus error name.</summary>
public sealed record CallerRun(string UniqueName, IReadOnlyList<string> Results);

/// <summary>
/// Calls the service as user nobody (uid 65534, via setpriv) with python3-dbus (libdbus, another client
/// implementation than the service's). Each statement may use <c>api</c> (org.fakecam.Fakecam1),
/// <c>props</c> (org.freedesktop.DBus.Properties) and <c>dbus</c>.
/// </summary>
public static class UnprivilegedCaller
{
    private const string Script = """
        import sys, dbus
        bus = dbus.bus.BusConnection(sys.argv[1])
        print(bus.get_unique_name(), flush=True)
        service = bus.get_object(sys.argv[2], sys.argv[3], introspect=False)
        api = dbus.Interface(service, sys.argv[4])
        props = dbus.Interface(service, 'org.freedesktop.DBus.Properties')
        for statement in sys.argv[5:]:
            try:
                exec(statement)
                print('ok', flush=True)
            except dbus.exceptions.DBusException as e:
                print(e.get_dbus_name(), flush=True)
        """;

    public static CallerRun Run(string busAddress, params string[] statements)
    {
        ToolResult result = Tool.Run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", "-c", Script,
            busAddress, FakecamBus.BusName, FakecamBus.ObjectPath, FakecamBus.Interface, .. statements]);
        Assert.True(result.ExitCode == 0, $"python3-dbus as nobody failed: {result.Stderr}");
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(statements.Length + 1, lines.Length);
        return new CallerRun(lines[0], lines[1..]);
    }
}
