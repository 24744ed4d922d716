using Fakecam.DBus;

namespace Fakecam.Tests.DBus;

/// <summary>What pending calls and connections do when one side goes away.</summary>
[Collection(BusCollection.Name)]
public sealed class ConnectionLifetimeTests(BusFixture fixture)
{
    [Fact]
    public async Task DisposingTheClientFailsItsPendingCalls()
    {
        var client = BusConnection.Connect(fixture.Bus.Address);
        Task pending = client.CallAsync(TestService.Name, TestService.ObjectPath, TestService.Interface, "Never");
        await Task.Delay(100);
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => pending);
        await client.Completion;
        await Assert.ThrowsAsync<ObjectDisposedException>(() =>
            client.CallAsync(TestService.Name, TestService.ObjectPath, TestService.Interface, "Echo", w => w.WriteString("x")));
    }

    [Fact]
    public async Task AServiceThatLeavesWithoutReplyingAnswersItsCallersWithAnError()
    {
        const string name = "org.fakecam.Leaving1";
        var service = new TestService(fixture.Bus.Address, name);
        using var client = BusConnection.Connect(fixture.Bus.Address);
        Task pending = client.CallAsync(name, TestService.ObjectPath, TestService.Interface, "Never");
        await Task.Delay(100);
        service.Dispose();

        var error = await Assert.ThrowsAsync<DBusErrorException>(() => pending.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(DBusErrorNames.NoReply, error.ErrorName);
        await service.Connection.Completion;
    }

    [Fact]
    public void ASecondOwnerOfTheNameIsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<BusNameException>(() => new TestService(fixture.Bus.Address));
        Assert.Contains("already owned", error.Message);
    }

    [Fact]
    public async Task LosingTheBusFaultsCompletionAndFailsCalls()
    {
        using var bus = new PrivateBus();
        using var client = BusConnection.Connect(bus.Address);
        bus.Dispose();

        var lost = await Assert.ThrowsAsync<DBusErrorException>(() => client.Completion.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(DBusErrorNames.Disconnected, lost.ErrorName);
        await Assert.ThrowsAsync<ObjectDisposedException>(() =>
            client.CallAsync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.Peer", "Ping"));
    }

    [Fact]
    public void ConnectingToNoBusFailsAtOnce()
    {
        var error = Assert.Throws<Fakecam.Interop.NativeCallException>(() => BusConnection.Connect("unix:path=/nonexistent/fakecam-bus"));
        Assert.Contains("sd_bus", error.Message);
    }
}
