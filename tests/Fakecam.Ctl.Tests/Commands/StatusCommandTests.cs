using System.Text.Json;
using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;
using Fakecam.DBus;

namespace Fakecam.Ctl.Tests.Commands;

[Collection(ApiCollection.Name)]
public sealed class StatusCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public void HumanStatusDescribesStateEffectCameraVirtualDeviceAndModel()
    {
        CtlResult result = Run("status");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Fakecam 0.1.0: streaming (2 apps watching)",
                "Effect:   on, background blur 50 %",
                "Camera:   usb-Logitech_C920-video-index0 (/dev/video0)  1280x720 @ 30 fps",
                "Virtual:  /dev/video59",
                "Model:    landscape",
            ],
            result.Lines);
    }

    [Theory]
    [InlineData(FakecamBus.BackgroundKinds.Image, "beach.jpg", "Effect:   on, background image beach.jpg")]
    [InlineData(FakecamBus.BackgroundKinds.Video, "waves.mp4", "Effect:   on, background video waves.mp4")]
    [InlineData(FakecamBus.BackgroundKinds.Color, "#00b140", "Effect:   on, background colour #00b140")]
    [InlineData(FakecamBus.BackgroundKinds.None, "", "Effect:   on, background unchanged")]
    public void EachBackgroundKindIsNamed(string kind, string name, string line)
    {
        Api.Properties[FakecamBus.Properties.BackgroundKind] = kind;
        Api.Properties[FakecamBus.Properties.BackgroundName] = name;

        Assert.Equal(line, Run("status").Lines[1]);
    }

    [Theory]
    [InlineData(FakecamBus.States.Idle, 0u, "Fakecam 0.1.0: idle (no app is using the camera; the real camera is off)")]
    [InlineData(FakecamBus.States.Streaming, 1u, "Fakecam 0.1.0: streaming (1 app watching)")]
    [InlineData(FakecamBus.States.Paused, 1u, "Fakecam 0.1.0: paused (camera released; apps see the privacy frame)")]
    [InlineData(FakecamBus.States.NoCamera, 1u, "Fakecam 0.1.0: no camera (plug one in, or choose one with 'fakecamctl set-camera')")]
    [InlineData(FakecamBus.States.Error, 0u, "Fakecam 0.1.0: error (see: journalctl -u fakecamd)")]
    public void EachStateIsExplained(string state, uint consumers, string line)
    {
        Api.Properties[FakecamBus.Properties.State] = state;
        Api.Properties[FakecamBus.Properties.Consumers] = consumers;

        Assert.Equal(line, Run("status").Lines[0]);
    }

    [Fact]
    public void EffectOffAndAnUnlistedCameraAreShownAsSuch()
    {
        Api.Properties[FakecamBus.Properties.EffectEnabled] = false;
        Api.Properties[FakecamBus.Properties.Camera] = "usb-Unplugged_Cam-video-index0";

        string[] lines = Run("status").Lines;

        Assert.Equal("Effect:   off (the camera passes through unchanged)", lines[1]);
        Assert.Equal("Camera:   usb-Unplugged_Cam-video-index0  1280x720 @ 30 fps", lines[2]);
    }

    [Fact]
    public void JsonStatusIsOneObjectWithStableKeysAndTypedValues()
    {
        Api.Properties[FakecamBus.Properties.BlurStrength] = 0.75;
        CtlResult result = Run("status", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Lines);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal(
            ["version", "state", "effect_enabled", "paused", "background_kind", "background_name", "blur_strength", "camera",
             "camera_device", "virtual_device", "resolution", "consumers", "model", "recent"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("0.1.0", root.GetProperty("version").GetString());
        Assert.Equal("streaming", root.GetProperty("state").GetString());
        Assert.True(root.GetProperty("effect_enabled").GetBoolean());
        Assert.False(root.GetProperty("paused").GetBoolean());
        Assert.Equal("blur", root.GetProperty("background_kind").GetString());
        Assert.Equal(0.75, root.GetProperty("blur_strength").GetDouble());
        Assert.Equal("/dev/video0", root.GetProperty("camera_device").GetString());
        Assert.Equal(1280, root.GetProperty("resolution").GetProperty("width").GetInt32());
        Assert.Equal(720, root.GetProperty("resolution").GetProperty("height").GetInt32());
        Assert.Equal(30, root.GetProperty("resolution").GetProperty("fps").GetInt32());
        Assert.Equal(2, root.GetProperty("consumers").GetInt32());
    }

    [Fact]
    public void EveryJsonKeyIsDocumentedInTheManPage()
    {
        string manPage = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fakecamctl.1"));
        using JsonDocument json = JsonDocument.Parse(Run("status", "--json").Stdout);

        foreach (JsonProperty key in json.RootElement.EnumerateObject())
            Assert.Matches($@"\n\.(B|BR) {key.Name}[ \n]", manPage);
    }

    [Fact]
    public void JsonKeepsNonAsciiNamesReadable()
    {
        Api.Properties[FakecamBus.Properties.BackgroundKind] = FakecamBus.BackgroundKinds.Image;
        Api.Properties[FakecamBus.Properties.BackgroundName] = "Strand \"Süd\".jpg";

        CtlResult result = Run("status", "--json");

        Assert.Contains("\"background_name\":\"Strand \\\"Süd\\\".jpg\"", result.Stdout);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("Strand \"Süd\".jpg", json.RootElement.GetProperty("background_name").GetString());
    }

    [Fact]
    public void AStatusReadsNothingButProperties()
    {
        Run("status");

        Assert.DoesNotContain(Api.Calls, c => c.Method != FakecamBus.Methods.ListCameras.Name);
    }
}
