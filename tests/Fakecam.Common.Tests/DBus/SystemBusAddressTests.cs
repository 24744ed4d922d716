using System.Runtime.InteropServices;
using Fakecam.DBus;

namespace Fakecam.Tests.DBus;

/// <summary>
/// ConnectSystem goes where $DBUS_SYSTEM_BUS_ADDRESS points, as sd-bus does. sd-bus reads the native
/// environment, which Environment.SetEnvironmentVariable does not change, hence setenv(3).
/// </summary>
[Collection(BusCollection.Name)]
public sealed partial class SystemBusAddressTests(BusFixture fixture)
{
    private const string Variable = "DBUS_SYSTEM_BUS_ADDRESS";

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "unsetenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnsetEnv(string name);

    [Fact]
    public async Task ConnectSystemHonoursTheSystemBusAddressVariable()
    {
        string? previous = Environment.GetEnvironmentVariable(Variable);
        Assert.Equal(0, SetEnv(Variable, fixture.Bus.Address, 1));
        try
        {
            using var client = BusConnection.ConnectSystem();
            var proxy = new BusProxy(client, TestService.Name, TestService.ObjectPath, TestService.Interface);
            Assert.Equal("via the system bus address", await proxy.CallAsync("Echo", w => w.WriteString("via the system bus address"), r => r.ReadString()));
        }
        finally
        {
            if (previous == null)
                UnsetEnv(Variable);
            else
                SetEnv(Variable, previous, 1);
        }
    }
}
