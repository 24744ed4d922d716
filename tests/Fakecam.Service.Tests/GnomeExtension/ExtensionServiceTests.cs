using System.Text.Json;
using Fakecam.Ctl;
using Fakecam.Service.Tests.Api;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.GnomeExtension;

/// <summary>The extension's service module against the real fakecamd: what the Quick Settings toggle shows and does.</summary>
public sealed class ExtensionServiceTests(ServiceFixture fixture) : ServiceTest(fixture), IDisposable
{
    private readonly ExtensionProbe _extension = new(fixture.Bus.Address);

    private static string Lake => Path.Combine(SourceTree.Media, "background-lake-boats.jpg");

    public void Dispose() => _extension.Dispose();

    [Fact]
    public void It_shows_the_state_the_effect_and_the_background_the_service_has()
    {
        JsonElement status = _extension.Started;

        Assert.True(status.GetProperty("available").GetBoolean());
        Assert.Equal(Property(Properties.State).AsString(), status.GetProperty("state").GetString());
        Assert.True(status.GetProperty("effectEnabled").GetBoolean());
        Assert.False(status.GetProperty("paused").GetBoolean());
        Assert.Equal("blur", status.GetProperty("backgroundKind").GetString());
        Assert.Equal("Blur 50 %", status.GetProperty("subtitle").GetString());
        Assert.DoesNotContain("JS ERROR", _extension.Quit());
    }

    [Fact]
    public void It_follows_changes_made_with_fakecamctl()
    {
        Assert.Equal(0, Ctl("set-background", Lake).Exit);
        JsonElement status = _extension.WaitForStatus(s => s.GetProperty("backgroundName").GetString() == "background-lake-boats.jpg",
            "the lake photo as the background");
        Assert.Equal("image", status.GetProperty("backgroundKind").GetString());
        Assert.Equal("background-lake-boats.jpg", status.GetProperty("subtitle").GetString());

        Assert.Equal(0, Ctl("disable").Exit);
        status = _extension.WaitForStatus(s => !s.GetProperty("effectEnabled").GetBoolean(), "the effect off");
        Assert.Equal("Effect off", status.GetProperty("subtitle").GetString());

        Assert.Equal(0, Ctl("pause").Exit);
        status = _extension.WaitForStatus(s => s.GetProperty("paused").GetBoolean(), "the camera paused");
        Assert.Equal("Camera paused", status.GetProperty("subtitle").GetString());
    }

    [Fact]
    public void The_toggle_and_the_pause_switch_change_the_service_and_the_saved_choice()
    {
        JsonElement result = _extension.Call("setEffectEnabled", false);

        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
        Assert.False(Property(Properties.EffectEnabled).AsBoolean());
        _extension.WaitForStatus(s => !s.GetProperty("effectEnabled").GetBoolean(), "the effect off");
        string saved = File.ReadAllText(Path.Combine(_extension.ConfigHome, "fakecam", "choice.json"));
        Assert.False(JsonDocument.Parse(saved).RootElement.GetProperty("effect_enabled").GetBoolean());

        Assert.True(_extension.Call("setPaused", true).GetProperty("ok").GetBoolean());
        Assert.True(Property(Properties.Paused).AsBoolean());
        Assert.True(_extension.Call("setPaused", false).GetProperty("ok").GetBoolean());
        Assert.False(Property(Properties.Paused).AsBoolean());
    }

    [Fact]
    public void A_background_picked_from_the_menu_is_shown_and_becomes_the_first_recent_one()
    {
        string copy = Fixture.PathOf("beach-copy.jpg");
        File.Copy(Lake, copy, overwrite: true);
        Assert.True(_extension.Call("useBackground", copy).GetProperty("ok").GetBoolean());
        Assert.True(_extension.Call("useBackground", Lake).GetProperty("ok").GetBoolean());

        Assert.Equal("background-lake-boats.jpg", Property(Properties.BackgroundName).AsString());
        JsonElement status = _extension.WaitForStatus(s => s.GetProperty("recent").GetArrayLength() == 2, "two recent backgrounds");
        Assert.Equal([Lake, copy], status.GetProperty("recent").EnumerateArray().Select(e => e.GetString()));

        Assert.True(_extension.Call("useBlur").GetProperty("ok").GetBoolean());
        Assert.Equal("blur", Property(Properties.BackgroundKind).AsString());
        File.Delete(copy);
    }

    [Fact]
    public async Task A_background_set_in_a_terminal_is_among_the_recent_ones_when_the_menu_opens()
    {
        var stderr = new StringWriter();
        int exit = await CtlCli.RunAsync(["set-background", Lake, "--bus", Fixture.Bus.Address],
            new CtlContext(new StringWriter(), stderr, _extension.ConfigHome), CancellationToken.None);
        Assert.True(exit == 0, stderr.ToString());

        _extension.Call("refreshUserState");

        Assert.Equal([Lake], _extension.Latest.GetProperty("recent").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_restore_at_login_switch_enables_and_disables_the_login_unit()
    {
        string units = Path.Combine(_extension.ConfigHome, "systemd", "user");
        Directory.CreateDirectory(units);
        File.Copy(Path.Combine(SourceTree.Root, "ctl", "systemd", "fakecam-restore.service"), Path.Combine(units, "fakecam-restore.service"));
        string wants = Path.Combine(units, "default.target.wants", "fakecam-restore.service");
        _extension.Call("refreshAutostart");
        Assert.False(_extension.Latest.GetProperty("autostart").GetBoolean());

        Assert.True(_extension.Call("setAutostart", true).GetProperty("ok").GetBoolean());
        Assert.True(_extension.Latest.GetProperty("autostart").GetBoolean());
        Assert.True(File.Exists(wants));

        Assert.True(_extension.Call("setAutostart", false).GetProperty("ok").GetBoolean());
        Assert.False(_extension.Latest.GetProperty("autostart").GetBoolean());
        Assert.False(File.Exists(wants));
    }

    [Fact]
    public void Without_the_login_unit_the_switch_is_unknown_and_turning_it_on_says_why_it_failed()
    {
        _extension.Call("refreshAutostart");
        Assert.Equal(JsonValueKind.Null, _extension.Latest.GetProperty("autostart").ValueKind);

        JsonElement result = _extension.Call("setAutostart", true);

        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Contains("Is the fakecam package installed?", result.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, _extension.Latest.GetProperty("autostart").ValueKind);
    }

    [Fact]
    public void A_file_the_service_refuses_is_reported_and_nothing_changes()
    {
        string notes = Fixture.PathOf("notes-for-extension.png");
        File.WriteAllText(notes, "Remember to buy milk.\n");

        JsonElement result = _extension.Call("useBackground", notes);

        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Contains("PNG, JPEG or WebP", result.GetProperty("message").GetString());
        Assert.Equal("blur", Property(Properties.BackgroundKind).AsString());
        File.Delete(notes);
        Assert.DoesNotContain("JS ERROR", _extension.Quit());
    }
}
