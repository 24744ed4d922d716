using System.Text.Json;
using Fakecam.Service.Tests.Api;
using Fakecam.Service.Tests.Fixtures;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Ctl;

/// <summary>fakecamctl against the real service: the commands a user types, and what the service then does.</summary>
public sealed class FakecamctlTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    [Fact]
    public void Set_background_passes_the_file_and_the_service_shows_it()
    {
        string photo = Path.Combine(SourceTree.Media, "background-lake-boats.jpg");

        (int exit, _, string stderr) = Ctl("set-background", photo);

        Assert.True(exit == 0, stderr);
        JsonElement status = Status();
        Assert.Equal("image", status.GetProperty("background_kind").GetString());
        Assert.Equal("background-lake-boats.jpg", status.GetProperty("background_name").GetString());
        double toLake = BackgroundMethodTests.MeanDifference(Fixture.Output.NextFrame(), CameraFiles.Photo("background-lake-boats.jpg"), Pixels.Background);
        Assert.True(toLake < 8, $"the background differs from the photo by {toLake:F1}");
    }

    [Fact]
    public void Set_background_with_a_file_that_is_not_an_image_fails_and_names_the_problem()
    {
        string notes = Fixture.PathOf("notes.png");
        File.WriteAllText(notes, "Remember to buy milk.\n");

        (int exit, _, string stderr) = Ctl("set-background", notes);

        Assert.Equal(1, exit);
        Assert.Contains("PNG, JPEG or WebP", stderr);
        Assert.Equal("blur", Status().GetProperty("background_kind").GetString());
        File.Delete(notes);
    }

    [Fact]
    public void Pause_resume_and_toggle_change_the_service()
    {
        Assert.Equal(0, Ctl("pause").Exit);
        Assert.True(Property(Properties.Paused).AsBoolean());
        Assert.Equal(0, Ctl("resume").Exit);
        Assert.False(Property(Properties.Paused).AsBoolean());
        Assert.Equal(0, Ctl("toggle").Exit);
        Assert.False(Property(Properties.EffectEnabled).AsBoolean());
        Assert.Equal(0, Ctl("toggle").Exit);
        Assert.True(Property(Properties.EffectEnabled).AsBoolean());
    }

    [Fact]
    public void Options_and_resolution_are_set_from_the_command_line()
    {
        Assert.Equal(0, Ctl("options", "threshold=0.7", "mirror=true").Exit);
        Assert.Equal(0, Ctl("set-resolution", "320x180@15").Exit);

        Dictionary<string, Fakecam.DBus.DBusVariant> options = Call(Methods.GetOptions.Name, static r => r.ReadVariantDictionary());
        Assert.Equal(0.7, options[Options.Threshold].AsDouble());
        Assert.True(options[Options.Mirror].AsBoolean());
        (int exit, _, string stderr) = Ctl("options", "sharpness=2");
        Assert.NotEqual(0, exit);
        Assert.Contains("sharpness", stderr);
    }

    [Fact]
    public void Snapshot_saves_the_current_picture_and_stats_reports_the_frame_rate()
    {
        string path = Fixture.PathOf("snapshot-by-ctl.jpg");

        (int exit, _, string stderr) = Ctl("snapshot", path);

        Assert.True(exit == 0, stderr);
        byte[] jpeg = File.ReadAllBytes(path);
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        File.Delete(path);
        (exit, string stdout, stderr) = Ctl("stats", "--json");
        Assert.True(exit == 0, stderr);
        Assert.InRange(JsonDocument.Parse(stdout).RootElement.GetProperty("fps").GetDouble(), 5, 20);
    }
}
