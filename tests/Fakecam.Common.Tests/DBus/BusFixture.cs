namespace Fakecam.Tests.DBus;

/// <summary>One private dbus-daemon and one exported test object shared by the bus tests.</summary>
public sealed class BusFixture : IDisposable
{
    public BusFixture()
    {
        Bus = new PrivateBus();
        Service = new TestService(Bus.Address);
    }

    public PrivateBus Bus { get; }

    public TestService Service { get; }

    public void Dispose()
    {
        Service.Dispose();
        Bus.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BusCollection : ICollectionFixture<BusFixture>
{
    public const string Name = "private dbus-daemon";
}
