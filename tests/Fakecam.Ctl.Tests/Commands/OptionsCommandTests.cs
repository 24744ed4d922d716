using System.Text.Json;
using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests.Commands;

[Collection(ApiCollection.Name)]
public sealed class OptionsCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public void OptionsAreShownInTheApisOrderThenAnyOthersByName()
    {
        Api.Options["zoom"] = 1.5;
        Api.Options["denoise"] = false;

        CtlResult result = Run("options");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "threshold        0.6",
                "smoothing        0.25",
                "edge-refinement  yes",
                "model            landscape",
                "mirror           no",
                "fps-cap          30",
                "denoise          no",
                "zoom             1.5",
            ],
            result.Lines);
    }

    [Fact]
    public void OptionsJsonKeepsEachValuesType()
    {
        using JsonDocument json = JsonDocument.Parse(Run("options", "--json").Stdout);
        JsonElement root = json.RootElement;

        Assert.Equal(0.6, root.GetProperty("threshold").GetDouble());
        Assert.Equal(JsonValueKind.True, root.GetProperty("edge-refinement").ValueKind);
        Assert.Equal(JsonValueKind.False, root.GetProperty("mirror").ValueKind);
        Assert.Equal("landscape", root.GetProperty("model").GetString());
        Assert.Equal(30, root.GetProperty("fps-cap").GetInt32());
    }

    [Fact]
    public void SettingOptionsSendsEachValueWithItsKeysType()
    {
        CtlResult result = Run("options", "threshold=0.7", "mirror=on", "fps-cap=24", "model=general");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        ReceivedCall call = Assert.Single(Api.Calls);
        Assert.Equal(FakecamBus.Methods.SetOptions.Name, call.Method);
        Dictionary<string, Fakecam.DBus.DBusVariant> sent = call.Arguments[0].AsDictionary();
        Assert.Equal(0.7, sent["threshold"].AsDouble());
        Assert.True(sent["mirror"].AsBoolean());
        Assert.Equal(24u, sent["fps-cap"].AsUInt32());
        Assert.Equal("general", sent["model"].AsString());
    }
}
