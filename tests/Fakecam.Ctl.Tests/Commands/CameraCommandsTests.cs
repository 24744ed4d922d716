using System.Text.Json;
using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests.Commands;

[Collection(ApiCollection.Name)]
public sealed class CameraCommandsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public void CamerasListsIdsNamesDevicesAndModesAndMarksTheOneInUse()
    {
        CtlResult result = Run("cameras");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "* usb-Logitech_C920-video-index0",
                "    HD Pro Webcam C920 (/dev/video0)",
                "    1280x720 @ 30 fps, 1920x1080 @ 30 fps",
                "  pci-0000:00:14.0-usb-0:2:1.0-video-index0",
                "    Integrated Camera (/dev/video2)",
                "    640x480 @ 30 fps",
            ],
            result.Lines);
    }

    [Fact]
    public void NoCamerasSaysSo()
    {
        Api.Cameras.Clear();

        Assert.Equal("No cameras found. Plug one in; Fakecam picks it up by itself.\n", Run("cameras").Stdout);
    }

    [Fact]
    public void CamerasJsonHasOneEntryPerCameraWithItsModes()
    {
        using JsonDocument json = JsonDocument.Parse(Run("cameras", "--json").Stdout);
        JsonElement[] cameras = [.. json.RootElement.GetProperty("cameras").EnumerateArray()];

        Assert.Equal(2, cameras.Length);
        Assert.Equal("/dev/video2", cameras[1].GetProperty("device").GetString());
        Assert.Equal("Integrated Camera", cameras[1].GetProperty("name").GetString());
        Assert.True(cameras[0].GetProperty("in_use").GetBoolean());
        Assert.False(cameras[1].GetProperty("in_use").GetBoolean());
        Assert.Equal(1920, cameras[0].GetProperty("modes")[1].GetProperty("width").GetInt32());
    }

    [Theory]
    [InlineData("pci-0000:00:14.0-usb-0:2:1.0-video-index0")]
    [InlineData("/dev/video2")]
    [InlineData("integrated camera")]
    public void SetCameraSendsTheStableIdForAnIdDeviceOrName(string given)
    {
        Assert.Equal(0, Run("set-camera", given).ExitCode);

        ReceivedCall call = Assert.Single(Api.Calls, c => c.Method == FakecamBus.Methods.SetCamera.Name);
        Assert.Equal("pci-0000:00:14.0-usb-0:2:1.0-video-index0", call.Arguments[0].AsString());
    }

    [Fact]
    public void SetResolutionKeepsTheFrameRateWhenNoneIsGiven()
    {
        Assert.Equal(0, Run("set-resolution", "1920x1080").ExitCode);
        Assert.Equal(0, Run("set-resolution", "640X480@15").ExitCode);

        ReceivedCall[] calls = [.. Api.Calls.Where(c => c.Method == FakecamBus.Methods.SetResolution.Name)];
        Assert.Equal([1920u, 1080u, 30u], calls[0].Arguments.Select(a => a.AsUInt32()));
        Assert.Equal([640u, 480u, 15u], calls[1].Arguments.Select(a => a.AsUInt32()));
    }
}
