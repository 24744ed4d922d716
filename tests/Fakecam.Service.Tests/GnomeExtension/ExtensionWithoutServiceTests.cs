using System.Text.Json;
using Fakecam.DBus;
using Fakecam.Service.Tests.Fixtures;
using Fakecam.Service.Tests.Lifecycle;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.GnomeExtension;

/// <summary>The extension's service module on a bus where fakecamd is not running, then starts, then stops.</summary>
public sealed class ExtensionWithoutServiceTests : IDisposable
{
    private readonly IsolatedService _service = new();
    private readonly ExtensionProbe _extension;

    public ExtensionWithoutServiceTests() => _extension = new ExtensionProbe(_service.Bus.Address);

    public void Dispose()
    {
        _extension.Dispose();
        _service.Dispose();
    }

    [Fact]
    public void Without_the_service_it_says_not_running_and_an_action_fails_with_the_reason()
    {
        Assert.False(_extension.Started.GetProperty("available").GetBoolean());
        Assert.Equal("Not running", _extension.Started.GetProperty("subtitle").GetString());

        JsonElement result = _extension.Call("setEffectEnabled", true);

        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Contains("not running", result.GetProperty("message").GetString());
        Assert.DoesNotContain("JS ERROR", _extension.Quit());
    }

    [Fact]
    public void It_notices_the_service_starting_and_stopping()
    {
        DaemonProcess daemon = _service.Start();
        JsonElement status = _extension.WaitForStatus(
            s => s.GetProperty("available").GetBoolean() && s.GetProperty("state").GetString()!.Length > 0, "the service to appear");
        Dictionary<string, DBusVariant> properties = _service.Properties();
        Assert.Equal(properties[Properties.EffectEnabled].AsBoolean(), status.GetProperty("effectEnabled").GetBoolean());
        Assert.Equal(properties[Properties.BackgroundKind].AsString(), status.GetProperty("backgroundKind").GetString());
        Assert.NotEqual("Not running", status.GetProperty("subtitle").GetString());

        Assert.Equal(0, daemon.Terminate().ExitCode);

        JsonElement gone = _extension.WaitForStatus(s => !s.GetProperty("available").GetBoolean(), "the service to go away");
        Assert.Equal("Not running", gone.GetProperty("subtitle").GetString());
        Assert.DoesNotContain("JS ERROR", _extension.Quit());
    }
}
