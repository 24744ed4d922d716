using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Streaming;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>Enable, Disable, Pause and Resume as a user sees them: properties, fakecamctl status and the virtual camera.</summary>
public sealed class EffectMethodTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    private static readonly (byte, byte, byte) PrivacyColor = Colors(Placeholders.Paused(new FrameFormat(2, 2, 1, 1)));

    [Fact]
    public void Disable_passes_the_camera_through_unchanged_and_Enable_brings_the_effect_back()
    {
        using var changes = new PropertyChanges(Api);

        Call(Methods.Disable.Name);

        changes.WaitFor(Properties.EffectEnabled, false);
        Assert.False(Property(Properties.EffectEnabled).AsBoolean());
        Assert.False(Status().GetProperty("effect_enabled").GetBoolean());
        Assert.True(Pixels.Same(Fixture.Output.NextFrame(), Fixture.PersonFrame), "with the effect off the output should be the camera's frame");

        Call(Methods.Enable.Name);

        changes.WaitFor(Properties.EffectEnabled, true);
        Assert.True(Status().GetProperty("effect_enabled").GetBoolean());
        Assert.False(Pixels.Same(Fixture.Output.NextFrame(), Fixture.PersonFrame), "with blur on the output should differ from the camera");
    }

    [Fact]
    public void Pause_shows_the_privacy_frame_and_Resume_shows_the_camera_again()
    {
        using var changes = new PropertyChanges(Api);

        Call(Methods.Pause.Name);

        changes.WaitFor(Properties.Paused, true);
        changes.WaitFor(Properties.State, States.Paused);
        var status = Status();
        Assert.True(status.GetProperty("paused").GetBoolean());
        Assert.Equal("paused", status.GetProperty("state").GetString());
        // Placeholders come a few times a second, so wait for two.
        Assert.Equal(1.0, Pixels.ShareExactly(Fixture.Output.NextFrame(after: 2), PrivacyColor));

        Call(Methods.Resume.Name);

        changes.WaitFor(Properties.Paused, false);
        changes.WaitFor(Properties.State, States.Streaming);
        Assert.Equal("streaming", Status().GetProperty("state").GetString());
        Assert.True(Pixels.ShareExactly(Fixture.Output.NextFrame(), PrivacyColor) < 0.01, "after Resume the camera should be back");
    }

    private static (byte, byte, byte) Colors(VideoFrame frame) => (frame.Y[0], frame.U[0], frame.V[0]);
}
