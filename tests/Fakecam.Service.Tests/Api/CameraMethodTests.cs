using Fakecam.Daemon.Frames;
using Fakecam.DBus;
using Fakecam.Service.Tests.Fixtures;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>SetCamera, SetResolution and ListCameras, and a moving person as the virtual camera shows them.</summary>
public sealed class CameraMethodTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    private static readonly (byte, byte, byte) Green = BackgroundMethodTests.ToTuple(Fakecam.Daemon.Compositing.YuvColor.Parse("#00ff00"));

    /// <summary>Background in the still camera's frames, the person in the moved ones.</summary>
    private static readonly Pixels.Area Moved = new(24, 100, 40, 36);

    [Fact]
    public void SetCamera_switches_the_virtual_camera_to_the_new_camera()
    {
        using var changes = new PropertyChanges(Api);
        Call(Methods.Disable.Name);

        Call(Methods.SetCamera.Name, w => w.WriteString(Fixture.MovingCamera));

        changes.WaitFor(Properties.Camera, Fixture.MovingCamera);
        Assert.Equal(Fixture.MovingCamera, Status().GetProperty("camera").GetString());
        List<VideoFrame> frames = Fixture.Output.NextFrames(after: 20, count: 16);
        Assert.Contains(frames, frame => Pixels.Same(frame, Fixture.MovedFrame));
    }

    [Fact]
    public void SetCamera_to_a_camera_that_is_not_there_is_NoCamera_and_keeps_the_camera()
    {
        var error = CallFails(Methods.SetCamera.Name, w => w.WriteString("/dev/v4l/by-id/usb-Nobody-video-index0.y4m"));

        Assert.Equal(Errors.NoCamera, error.ErrorName);
        Assert.Equal(Fixture.Camera, Property(Properties.Camera).AsString());
    }

    [Fact]
    public void Each_frame_is_cut_out_with_its_own_mask_when_the_person_moves()
    {
        Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#00ff00"));
        Call(Methods.SetCamera.Name, w => w.WriteString(Fixture.MovingCamera));

        // 48 frames: three runs of the still photo and three of the moved one.
        List<VideoFrame> frames = Fixture.Output.NextFrames(after: 60, count: 48);

        var seen = new List<string>();
        foreach (VideoFrame frame in frames)
        {
            // Which mask was used shows in what turned green; which camera frame it was shows where the person is kept.
            double green = Pixels.Share(frame, Moved, Green);
            bool maskOfMoved = green < 0.5;
            Pixels.Area kept = maskOfMoved ? Moved : Pixels.Person;
            bool frameIsMoved = BackgroundMethodTests.MeanDifference(frame, Fixture.MovedFrame, kept)
                < BackgroundMethodTests.MeanDifference(frame, Fixture.PersonFrame, kept);
            seen.Add((frameIsMoved ? "M" : "S") + (maskOfMoved == frameIsMoved ? "" : "!") + (green is > 0.1 and < 0.9 ? "?" : ""));
        }
        string sequence = string.Join(" ", seen);
        Assert.True(seen.Count(s => s.StartsWith('M')) >= 16 && seen.Count(s => s.StartsWith('S')) >= 16, sequence);
        // S: still frame, M: moved frame; ! a frame cut out with another frame's mask, ? a mask neither one nor the other.
        Assert.True(seen.Count(s => s.Length > 1) <= 2, sequence);
    }

    [Fact]
    public void SetResolution_changes_the_virtual_camera_size_and_shows_the_idle_frame_when_the_camera_cannot_give_it()
    {
        using var changes = new PropertyChanges(Api);
        try
        {
            Call(Methods.SetResolution.Name, Resolution(640, 360, 15));

            changes.WaitFor(Properties.Resolution, v => ResolutionOf(v) == (640u, 360u, 15u));
            changes.WaitFor(Properties.State, States.NoCamera);
            var resolution = Status().GetProperty("resolution");
            Assert.Equal(640, resolution.GetProperty("width").GetInt32());
            Assert.Equal(360, resolution.GetProperty("height").GetInt32());
            VideoFrame frame = Fixture.Output.NextFrame(after: 2);
            Assert.Equal((640, 360), (frame.Width, frame.Height));
        }
        finally
        {
            Call(Methods.SetResolution.Name, Resolution(320, 180, 15));
        }

        changes.WaitFor(Properties.State, States.Streaming);
        Assert.Equal((320, 180), (Fixture.Output.NextFrame().Width, Fixture.Output.NextFrame().Height));
    }

    [Theory]
    [InlineData(0u, 0u, 0u)]
    [InlineData(321u, 180u, 15u)]
    [InlineData(320u, 180u, 500u)]
    [InlineData(100000u, 180u, 15u)]
    public void SetResolution_out_of_range_is_an_invalid_argument_and_changes_nothing(uint width, uint height, uint fps)
    {
        var error = CallFails(Methods.SetResolution.Name, Resolution(width, height, fps));

        Assert.Equal(Errors.InvalidArgument, error.ErrorName);
        Assert.Equal((320u, 180u, 15u), ResolutionOf(Property(Properties.Resolution)));
    }

    [Fact]
    public void ListCameras_answers_with_an_array_of_cameras()
    {
        int count = Call(Methods.ListCameras.Name, static r =>
        {
            int n = 0;
            r.EnterArray("(sssa(uuu))");
            while (!r.AtEndOfContainer)
            {
                r.EnterStruct("sssa(uuu)");
                r.ReadString();
                r.ReadString();
                r.ReadString();
                r.EnterArray("(uuu)");
                while (!r.AtEndOfContainer)
                {
                    r.EnterStruct("uuu");
                    r.ReadUInt32();
                    r.ReadUInt32();
                    r.ReadUInt32();
                    r.ExitContainer();
                }
                r.ExitContainer();
                r.ExitContainer();
                n++;
            }
            r.ExitContainer();
            return n;
        });

        // A camera played from a file is not a device: nothing to list, but the answer is a well-formed array.
        Assert.Equal(0, count);
        (int exit, string stdout, _) = Ctl("cameras", "--json");
        Assert.Equal(0, exit);
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("cameras").GetArrayLength());
    }

    private static MessageBodyWriter Resolution(uint width, uint height, uint fps) => w =>
    {
        w.WriteUInt32(width);
        w.WriteUInt32(height);
        w.WriteUInt32(fps);
    };

    private static (uint, uint, uint) ResolutionOf(DBusVariant value)
    {
        IReadOnlyList<DBusVariant> fields = value.AsList();
        return (fields[0].AsUInt32(), fields[1].AsUInt32(), fields[2].AsUInt32());
    }
}
