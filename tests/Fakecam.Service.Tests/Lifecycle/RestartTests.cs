using Fakecam.DBus;
using Fakecam.Service.Tests.Api;
using Fakecam.Service.Tests.Fixtures;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Lifecycle;

/// <summary>The user's choices survive a restart; a state file that cannot be read is set aside with a warning.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly IsolatedService _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public void Every_choice_comes_back_after_a_restart()
    {
        DaemonProcess first = _service.Start();
        _service.StreamAtCameraSize();
        _service.Call(Methods.SetBlur.Name, w => w.WriteDouble(0.3));
        _service.Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#123456"));
        _service.Call(Methods.Disable.Name);
        _service.Call(Methods.Pause.Name);
        _service.Call(Methods.SetOptions.Name, w => w.WriteVariantDictionary(new Dictionary<string, DBusVariant>
        {
            [Options.Mirror] = true,
            [Options.Threshold] = 0.6,
            [Options.FpsCap] = 10u,
        }));
        Assert.Equal(0, first.Terminate().ExitCode);

        _service.Start();

        Dictionary<string, DBusVariant> properties = _service.Properties();
        Assert.Equal(BackgroundKinds.Color, properties[Properties.BackgroundKind].AsString());
        Assert.Equal("#123456", properties[Properties.BackgroundName].AsString());
        Assert.Equal(0.3, properties[Properties.BlurStrength].AsDouble());
        Assert.False(properties[Properties.EffectEnabled].AsBoolean());
        Assert.True(properties[Properties.Paused].AsBoolean());
        _service.WaitForState(States.Paused);
        Assert.Equal("(320, 180, 15)", properties[Properties.Resolution].ToString());
        Assert.Equal(_service.Camera, properties[Properties.Camera].AsString());
        Dictionary<string, DBusVariant> options = _service.Options();
        Assert.True(options[Options.Mirror].AsBoolean());
        Assert.Equal(0.6, options[Options.Threshold].AsDouble());
        Assert.Equal(10u, options[Options.FpsCap].AsUInt32());
    }

    [Fact]
    public void An_image_background_comes_back_after_a_restart()
    {
        DaemonProcess first = _service.Start();
        _service.StreamAtCameraSize();
        string path = _service.PathOf("lake.jpg");
        File.Copy(Path.Combine(SourceTree.Media, "background-lake-boats.jpg"), path);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read))
        {
            File.Delete(path);
            _service.Call(Methods.SetBackgroundImage.Name, w =>
            {
                w.WriteHandle(file.SafeFileHandle);
                w.WriteString("lake.jpg");
            });
        }
        Assert.Equal(0, first.Terminate().ExitCode);

        _service.Start();

        Dictionary<string, DBusVariant> properties = _service.Properties();
        Assert.Equal(BackgroundKinds.Image, properties[Properties.BackgroundKind].AsString());
        Assert.Equal("lake.jpg", properties[Properties.BackgroundName].AsString());
        var frame = _service.Output.NextFrame();
        double toLake = BackgroundMethodTests.MeanDifference(frame, CameraFiles.Photo("background-lake-boats.jpg"), Pixels.Background);
        Assert.True(toLake < 8, $"the background differs from the lake photo by {toLake:F1}");
    }

    [Fact]
    public void A_corrupt_state_file_is_set_aside_with_a_warning_and_defaults_are_used()
    {
        Directory.CreateDirectory(_service.StateDirectory);
        string statePath = Path.Combine(_service.StateDirectory, "state.json");
        File.WriteAllText(statePath, "{\"background-kind\": \"color\", \"blur-str");

        DaemonProcess daemon = _service.Start();

        Dictionary<string, DBusVariant> properties = _service.Properties();
        Assert.Equal(BackgroundKinds.Blur, properties[Properties.BackgroundKind].AsString());
        Assert.Equal(0.5, properties[Properties.BlurStrength].AsDouble());
        Assert.Equal("(1280, 720, 30)", properties[Properties.Resolution].ToString());
        string setAside = Assert.Single(Directory.GetFiles(_service.StateDirectory, "state.json.corrupt-*"));
        Assert.StartsWith("{\"background-kind\": \"color\"", File.ReadAllText(setAside));
        Assert.Contains(daemon.Log, line => line.StartsWith("<4>", StringComparison.Ordinal) && line.Contains("state.json") && line.Contains(setAside));
    }

    [Fact]
    public void Values_in_the_state_file_the_service_cannot_use_fall_back_to_their_defaults()
    {
        // Hand-edited, or from another version: missing keys (options, height, fps), impossible values.
        Directory.CreateDirectory(_service.StateDirectory);
        File.WriteAllText(Path.Combine(_service.StateDirectory, "state.json"),
            "{\"effect-enabled\": false, \"width\": 0, \"blur-strength\": 7, \"background-kind\": \"sparkles\", \"color\": \"red\"}");

        DaemonProcess daemon = _service.Start();

        Dictionary<string, DBusVariant> properties = _service.Properties();
        Assert.False(properties[Properties.EffectEnabled].AsBoolean());
        Assert.Equal("(1280, 720, 30)", properties[Properties.Resolution].ToString());
        Assert.Equal(0.5, properties[Properties.BlurStrength].AsDouble());
        Assert.Equal(BackgroundKinds.Blur, properties[Properties.BackgroundKind].AsString());
        Assert.Contains(daemon.Log, line => line.StartsWith("<4>", StringComparison.Ordinal) && line.Contains("resolution"));
        _service.StreamAtCameraSize();
        _service.WaitForState(States.Streaming);
        _service.Output.NextFrames(after: 3);
    }
}
