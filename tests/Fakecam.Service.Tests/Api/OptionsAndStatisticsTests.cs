using Fakecam.DBus;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Service.Tests.Fixtures;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>SetOptions/GetOptions, GetStatistics and Snapshot.</summary>
public sealed class OptionsAndStatisticsTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    [Fact]
    public void SetOptions_changes_the_options_the_model_and_mirrors_the_picture()
    {
        using var changes = new PropertyChanges(Api);
        Call(Methods.Disable.Name);

        Call(Methods.SetOptions.Name, w => w.WriteVariantDictionary(new Dictionary<string, DBusVariant>
        {
            [Options.Mirror] = true,
            [Options.Model] = "general",
            [Options.Threshold] = 0.6,
        }));

        changes.WaitFor(Properties.Model, "general");
        Dictionary<string, DBusVariant> options = Call(Methods.GetOptions.Name, static r => r.ReadVariantDictionary());
        Assert.True(options[Options.Mirror].AsBoolean());
        Assert.Equal(0.6, options[Options.Threshold].AsDouble());
        Assert.Equal("general", Status().GetProperty("model").GetString());
        (int exit, string stdout, _) = Ctl("options", "--json");
        Assert.Equal(0, exit);
        Assert.True(System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty(Options.Mirror).GetBoolean());
        VideoFrame mirrored = VideoFrame.Allocate(Fixture.PersonFrame.Format);
        Fixture.PersonFrame.CopyTo(mirrored);
        Mirror.Flip(mirrored);
        Assert.True(Pixels.Same(Fixture.Output.NextFrame(), mirrored), "with mirror on the output should be the camera flipped");
    }

    [Fact]
    public void Switching_the_model_back_and_forth_does_not_grow_memory()
    {
        // The first switches warm up the allocator's arenas.
        SwitchModels(5);
        long before = Fixture.Daemon.ResidentKilobytes();

        SwitchModels(10);

        long after = Fixture.Daemon.ResidentKilobytes();
        // A model that is never released costs about 4.4 MB a switch (88 MB here); released ones leave the
        // allocator somewhat fuller (10–40 MB over these 20 switches, measured).
        Assert.True(after - before < 60 * 1024, $"RSS grew from {before} kB to {after} kB over 20 model switches");
        Assert.Equal("landscape", Property(Properties.Model).AsString());
    }

    private void SwitchModels(int roundTrips)
    {
        for (int i = 0; i < roundTrips; i++)
        {
            foreach (string model in (string[])["general", "landscape"])
            {
                Call(Methods.SetOptions.Name, w => w.WriteVariantDictionary(new Dictionary<string, DBusVariant> { [Options.Model] = model }));
                Fixture.Output.NextFrames(after: 1);
            }
        }
    }

    [Fact]
    public void GetStatistics_reports_frame_rate_frames_and_each_stage()
    {
        // Reset() has just rebuilt the pipeline (its options were set again): the counts carry on regardless.
        Dictionary<string, DBusVariant> first = Statistics();
        Thread.Sleep(1000);
        Dictionary<string, DBusVariant> second = Statistics();

        foreach (string key in (string[])["fps", "frames", "dropped", "reused-masks", "cpu-percent", "state"])
            Assert.True(second.ContainsKey(key), $"no {key} in {string.Join(", ", second.Keys)}");
        Assert.Equal("streaming", second["state"].AsString());
        double fps = second["fps"].AsDouble();
        Assert.InRange(fps, 5, 20); // the camera file plays at 15 fps
        ulong framesInOneSecond = second["frames"].AsUInt64() - first["frames"].AsUInt64();
        Assert.InRange(framesInOneSecond, 5ul, 25ul);
        Assert.True(second["reused-masks"].AsUInt64() <= second["frames"].AsUInt64());
        foreach (string stage in (string[])["capture", "inference", "refine", "composite", "output", "end-to-end"])
        {
            double p50 = second[$"{stage}-p50-ms"].AsDouble();
            double p99 = second[$"{stage}-p99-ms"].AsDouble();
            Assert.True(p50 >= 0 && p50 <= p99 && p99 < 1000, $"{stage}: p50 {p50} ms, p99 {p99} ms");
        }
        Assert.InRange(second["cpu-percent"].AsDouble(), 0, 200);
    }

    [Fact]
    public void Snapshot_writes_a_jpeg_of_the_output_size_into_the_descriptor()
    {
        string path = Fixture.PathOf("snapshot.jpg");
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write))
            Call(Methods.Snapshot.Name, w => w.WriteHandle(file.SafeFileHandle));

        byte[] jpeg = File.ReadAllBytes(path);
        File.Delete(path);
        Assert.True(jpeg.Length > 1000, $"{jpeg.Length} bytes");
        Assert.Equal((byte)0xFF, jpeg[0]);
        Assert.Equal((byte)0xD8, jpeg[1]);
        Assert.Equal((byte)0xD9, jpeg[^1]);
        Assert.Equal((CameraFiles.Format.Width, CameraFiles.Format.Height), JpegSize(jpeg));
    }

    [Fact]
    public void Snapshot_into_a_descriptor_open_only_for_reading_is_an_invalid_argument()
    {
        string path = Fixture.PathOf("read-only.jpg");
        File.WriteAllBytes(path, []);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read))
        {
            var error = CallFails(Methods.Snapshot.Name, w => w.WriteHandle(file.SafeFileHandle));

            Assert.Equal(Errors.InvalidArgument, error.ErrorName);
        }
        Assert.Equal(0, new FileInfo(path).Length);
        File.Delete(path);
    }

    private Dictionary<string, DBusVariant> Statistics() => Call(Methods.GetStatistics.Name, static r => r.ReadVariantDictionary());

    /// <summary>Width and height from the JPEG's frame header (SOF0–SOF2).</summary>
    private static (int Width, int Height) JpegSize(byte[] jpeg)
    {
        for (int i = 2; i + 9 < jpeg.Length;)
        {
            if (jpeg[i] != 0xFF)
                throw new InvalidDataException($"No marker at {i}.");
            byte marker = jpeg[i + 1];
            int length = jpeg[i + 2] << 8 | jpeg[i + 3];
            if (marker is 0xC0 or 0xC1 or 0xC2)
                return (jpeg[i + 7] << 8 | jpeg[i + 8], jpeg[i + 5] << 8 | jpeg[i + 6]);
            i += 2 + length;
        }
        throw new InvalidDataException("No frame header.");
    }
}
