namespace Fakecam.Ctl.Tests.Bus;

/// <summary>A private dbus-daemon with the API object on it, shared by the tests of one collection.</summary>
public sealed class ApiFixture : IDisposable
{
    public ApiFixture()
    {
        Bus = new Fakecam.Tests.DBus.PrivateBus();
        Api = new ApiObject(Bus.Address);
    }

    public Fakecam.Tests.DBus.PrivateBus Bus { get; }

    public ApiObject Api { get; }

    public void Dispose()
    {
        Api.Dispose();
        Bus.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "API object on a private dbus-daemon";
}

/// <summary>Base of tests talking to the API object: a fresh config home and reset values for each test.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest : IDisposable
{
    protected ApiTest(ApiFixture fixture)
    {
        Fixture = fixture;
        fixture.Api.Reset();
    }

    protected ApiFixture Fixture { get; }

    protected ApiObject Api => Fixture.Api;

    protected CtlRun Ctl { get; } = new();

    /// <summary>Runs fakecamctl against the private bus.</summary>
    protected CtlResult Run(params string[] args) => Ctl.Run([.. args, "--bus", Fixture.Bus.Address]);

    public virtual void Dispose() => Ctl.Dispose();
}
