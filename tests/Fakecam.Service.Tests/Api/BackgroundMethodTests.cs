using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>SetBlur, SetBackgroundColor and ClearBackground: properties, fakecamctl status and the virtual camera.</summary>
public sealed class BackgroundMethodTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    private static readonly (byte, byte, byte) Green = ToTuple(YuvColor.Parse("#00ff00"));

    [Fact]
    public void SetBackgroundColor_turns_the_background_that_colour_and_leaves_the_person()
    {
        using var changes = new PropertyChanges(Api);

        Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#00FF00"));

        changes.WaitFor(Properties.BackgroundKind, BackgroundKinds.Color);
        changes.WaitFor(Properties.BackgroundName, "#00ff00");
        var status = Status();
        Assert.Equal("color", status.GetProperty("background_kind").GetString());
        Assert.Equal("#00ff00", status.GetProperty("background_name").GetString());
        VideoFrame frame = Fixture.Output.NextFrame();
        double background = Pixels.Share(frame, Pixels.Background, Green);
        double person = Pixels.Share(frame, Pixels.Person, Green);
        Assert.True(background > 0.9, $"background {background:P0} green");
        Assert.True(person < 0.1, $"person {person:P0} green");
    }

    [Fact]
    public void SetBlur_blurs_the_background_and_keeps_the_person_sharp()
    {
        using var changes = new PropertyChanges(Api);

        Call(Methods.SetBlur.Name, w => w.WriteDouble(1.0));

        changes.WaitFor(Properties.BackgroundKind, BackgroundKinds.Blur);
        changes.WaitFor(Properties.BlurStrength, 1.0);
        var status = Status();
        Assert.Equal("blur", status.GetProperty("background_kind").GetString());
        Assert.Equal(1.0, status.GetProperty("blur_strength").GetDouble());
        VideoFrame frame = Fixture.Output.NextFrame();
        double cameraDetail = Detail(Fixture.PersonFrame, Pixels.Background);
        double outputDetail = Detail(frame, Pixels.Background);
        Assert.True(outputDetail < cameraDetail * 0.5, $"background detail {outputDetail:F2}, camera's {cameraDetail:F2}");
        Assert.True(MeanDifference(frame, Fixture.PersonFrame, Pixels.Person) < 6, "the person should stay as the camera shows them");
    }

    [Fact]
    public void ClearBackground_shows_the_camera_as_it_is()
    {
        using var changes = new PropertyChanges(Api);
        Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#00ff00"));

        Call(Methods.ClearBackground.Name);

        changes.WaitFor(Properties.BackgroundKind, BackgroundKinds.None);
        changes.WaitFor(Properties.BackgroundName, "");
        Assert.Equal("none", Status().GetProperty("background_kind").GetString());
        Assert.True(Pixels.Same(Fixture.Output.NextFrame(), Fixture.PersonFrame));
    }

    /// <summary>Mean absolute difference between horizontally neighbouring luma pixels: how much fine detail an area shows.</summary>
    internal static double Detail(VideoFrame frame, Pixels.Area area)
    {
        long sum = 0;
        for (int y = area.Y; y < area.Y + area.Height; y++)
        {
            for (int x = area.X; x < area.X + area.Width - 1; x++)
                sum += Math.Abs(frame.Y[y * frame.Width + x] - frame.Y[y * frame.Width + x + 1]);
        }
        return (double)sum / (area.Height * (area.Width - 1));
    }

    /// <summary>Mean absolute luma difference between two frames in an area.</summary>
    internal static double MeanDifference(VideoFrame a, VideoFrame b, Pixels.Area area)
    {
        long sum = 0;
        for (int y = area.Y; y < area.Y + area.Height; y++)
        {
            for (int x = area.X; x < area.X + area.Width; x++)
                sum += Math.Abs(a.Y[y * a.Width + x] - b.Y[y * b.Width + x]);
        }
        return (double)sum / (area.Width * area.Height);
    }

    internal static (byte, byte, byte) ToTuple(YuvColor color) => (color.Y, color.U, color.V);
}
