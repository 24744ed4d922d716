using Fakecam.DBus;
using Fakecam.Tests.DBus;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>Calls the service cannot do: the standard D-Bus errors or the API's own, and nothing changes.</summary>
public sealed class ErrorTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    [Fact]
    public void Unknown_method_is_UnknownMethod()
    {
        Dictionary<string, string> before = Settings();

        var error = CallFails("SetEverything");

        Assert.Equal(DBusErrorNames.UnknownMethod, error.ErrorName);
        ToolResult busctl = Tool.Run("busctl", "--address=" + Fixture.Bus.Address, "call", BusName, ObjectPath, Interface, "SetEverything");
        Assert.NotEqual(0, busctl.ExitCode);
        Assert.Contains("Unknown method", busctl.Stderr);
        Assert.Equal(before, Settings());
    }

    [Fact]
    public void Wrong_argument_types_are_InvalidArgs()
    {
        Dictionary<string, string> before = Settings();

        var error = CallFails(Methods.SetBlur.Name, w => w.WriteString("strong"));

        Assert.Equal(DBusErrorNames.InvalidArgs, error.ErrorName);
        ToolResult busctl = Tool.Run("busctl", "--address=" + Fixture.Bus.Address, "call", BusName, ObjectPath, Interface,
            Methods.SetResolution.Name, "s", "1280x720");
        Assert.NotEqual(0, busctl.ExitCode);
        Assert.Contains("Invalid arguments", busctl.Stderr);
        Assert.Equal(before, Settings());
    }

    [Fact]
    public void Unknown_option_is_an_invalid_argument_and_no_option_changes()
    {
        Dictionary<string, string> options = Options();

        var error = CallFails(Methods.SetOptions.Name, w => w.WriteVariantDictionary(new Dictionary<string, DBusVariant>
        {
            [Fakecam.Api.FakecamBus.Options.Mirror] = true,
            ["sharpness"] = 0.5,
        }));

        Assert.Equal(Errors.InvalidArgument, error.ErrorName);
        Assert.Contains("sharpness", error.Message);
        Assert.Equal(options, Options());
    }

    [Theory]
    [InlineData("SetBlur", 1.5)]
    [InlineData("SetBlur", -0.1)]
    [InlineData("SetBackgroundColor", "green")]
    [InlineData("SetBackgroundColor", "#12345")]
    [InlineData("SetCamera", "")]
    public void Values_out_of_range_are_invalid_arguments(string method, object value)
    {
        Dictionary<string, string> before = Settings();

        var error = CallFails(method, w =>
        {
            if (value is double d)
                w.WriteDouble(d);
            else
                w.WriteString((string)value);
        });

        Assert.Equal(Errors.InvalidArgument, error.ErrorName);
        Assert.Equal(before, Settings());
    }

    /// <summary>The properties a change could touch (not State or Consumers, which follow the stream).</summary>
    private Dictionary<string, string> Settings()
    {
        Dictionary<string, DBusVariant> all = AllProperties();
        all.Remove(Properties.State);
        all.Remove(Properties.Consumers);
        return Text(all);
    }

    private Dictionary<string, string> Options() => Text(Call(Methods.GetOptions.Name, static r => r.ReadVariantDictionary()));

    private static Dictionary<string, string> Text(Dictionary<string, DBusVariant> values) =>
        values.ToDictionary(p => p.Key, p => $"{p.Value.Signature} {p.Value}");
}
