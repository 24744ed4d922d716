using System.Text.Json;
using Fakecam.Api;
using Fakecam.Ctl;
using Fakecam.DBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>Base of the tests of the shared daemon: each starts from <see cref="ServiceFixture.Reset"/>.</summary>
[Collection(ServiceCollection.Name)]
public abstract class ServiceTest
{
    protected ServiceTest(ServiceFixture fixture)
    {
        Fixture = fixture;
        fixture.Reset();
    }

    protected ServiceFixture Fixture { get; }

    protected BusProxy Api => Fixture.Api;

    protected void Call(string method, MessageBodyWriter? arguments = null) => Fixture.Call(method, arguments);

    protected T Call<T>(string method, MessageBodyReader<T> reply) => Api.CallAsync(method, null, reply).GetAwaiter().GetResult();

    protected DBusErrorException CallFails(string method, MessageBodyWriter? arguments = null) =>
        Assert.Throws<DBusErrorException>(() => Fixture.Call(method, arguments));

    protected DBusVariant Property(string name) => Api.GetPropertyAsync(name).GetAwaiter().GetResult();

    protected Dictionary<string, DBusVariant> AllProperties() => Api.GetAllPropertiesAsync().GetAwaiter().GetResult();

    /// <summary>Runs fakecamctl with its arguments followed by --bus; returns its exit code and output.</summary>
    protected (int Exit, string Stdout, string Stderr) Ctl(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string config = Directory.CreateTempSubdirectory("fakecamctl-config-").FullName;
        try
        {
            int exit = CtlCli.RunAsync([.. args, "--bus", Fixture.Bus.Address], new CtlContext(stdout, stderr, config), CancellationToken.None)
                .GetAwaiter().GetResult();
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Directory.Delete(config, recursive: true);
        }
    }

    /// <summary>fakecamctl status --json, parsed.</summary>
    protected JsonElement Status()
    {
        (int exit, string stdout, string stderr) = Ctl("status", "--json");
        Assert.True(exit == 0, $"fakecamctl status --json: exit {exit}: {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }
}
