using System.Text.Json;
using Fakecam.Daemon.Tests.Interop.OnnxRuntime;

namespace Fakecam.Daemon.Tests.Cli;

public class BenchCommandTests
{
    public BenchCommandTests() => OnnxRuntimeRequirement.EnsureLoaded();

    [Fact]
    public void Json_report_has_every_stage_and_the_ratio_to_the_floor()
    {
        var (exit, output, error) = ProcessRun.Fakecamd("bench", "--size", "640x360", "--frames", "20", "--camera-rate-frames", "4",
            "--background", "blur", "--json");

        Assert.True(exit == 0, error);
        using JsonDocument report = JsonDocument.Parse(output);
        JsonElement root = report.RootElement;
        Assert.Equal(640, root.GetProperty("width").GetInt32());
        Assert.Equal(360, root.GetProperty("height").GetInt32());
        Assert.Equal(20, root.GetProperty("frames").GetInt32());
        Assert.Equal("blur=0.5", root.GetProperty("background").GetString());
        double decode = root.GetProperty("decode_cpu_ms").GetDouble();
        double inference = root.GetProperty("inference_cpu_ms").GetDouble();
        double pipeline = root.GetProperty("pipeline_cpu_ms").GetDouble();
        Assert.All(new[] { decode, inference, pipeline, root.GetProperty("sequence_cpu_ms").GetDouble() }, ms => Assert.True(ms > 0));
        Assert.Equal(pipeline / (decode + inference), root.GetProperty("cpu_over_floor").GetDouble(), 0.01);
        Assert.Equal(0, root.GetProperty("skipped_frames").GetInt64());
        // The whole run's ratio is the rounds' ratios averaged with their floors as weights, so it lies between them.
        JsonElement rounds = root.GetProperty("cpu_over_floor_by_round");
        Assert.Equal(10, rounds.GetProperty("rounds").GetInt32());
        double lowest = rounds.GetProperty("lowest").GetDouble(), highest = rounds.GetProperty("highest").GetDouble();
        double median = rounds.GetProperty("median").GetDouble();
        Assert.InRange(median, lowest, highest);
        Assert.InRange(root.GetProperty("cpu_over_floor").GetDouble(), lowest - 0.001, highest + 0.001);
        JsonElement stages = root.GetProperty("stages");
        foreach (string stage in new[] { "capture", "model-input", "inference", "refine", "composite", "output", "end-to-end" })
        {
            JsonElement timing = stages.GetProperty(stage);
            Assert.True(timing.GetProperty("p99_ms").GetDouble() >= timing.GetProperty("p50_ms").GetDouble(), stage);
        }
    }

    [Fact]
    public void At_camera_rate_the_phases_take_turns_at_30_fps_and_their_ratio_is_reported()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, output, error) = ProcessRun.Fakecamd("bench", "--size", "320x180", "--frames", "3", "--camera-rate-frames", "10", "--json");
        TimeSpan elapsed = clock.Elapsed;

        Assert.True(exit == 0, error);
        // 30 turns (decode, inference, pipeline, 10 each) paced at 30 fps: the 30th starts 29/30 s after the first.
        Assert.True(elapsed >= TimeSpan.FromSeconds(29.0 / 30), $"The bench took {elapsed}, too short to have waited for each frame's turn.");
        using JsonDocument report = JsonDocument.Parse(output);
        JsonElement cameraRate = report.RootElement.GetProperty("camera_rate");
        Assert.Equal(30, cameraRate.GetProperty("fps").GetDouble());
        Assert.Equal(10, cameraRate.GetProperty("frames").GetInt32());
        double decode = cameraRate.GetProperty("decode_cpu_ms").GetDouble();
        double inference = cameraRate.GetProperty("inference_cpu_ms").GetDouble();
        double pipeline = cameraRate.GetProperty("pipeline_cpu_ms").GetDouble();
        Assert.All(new[] { decode, inference, pipeline }, ms => Assert.True(ms > 0));
        Assert.Equal(pipeline / (decode + inference), cameraRate.GetProperty("cpu_over_floor").GetDouble(), 0.01);
        Assert.Equal(pipeline * 30 / 10, cameraRate.GetProperty("core_percent").GetDouble(), 0.1);
        JsonElement stages = cameraRate.GetProperty("stages");
        foreach (string stage in new[] { "capture", "model-input", "inference", "refine", "composite", "output", "end-to-end" })
            Assert.True(stages.GetProperty(stage).GetProperty("mean_ms").GetDouble() > 0, stage);
    }

    [Fact]
    public void Text_report_names_the_budget()
    {
        var (exit, output, error) = ProcessRun.Fakecamd("bench", "--size", "320x180", "--frames", "5", "--camera-rate-frames", "2");

        Assert.True(exit == 0, error);
        Assert.Contains("At the stream's 30 fps, decode alone, inference alone and the pipeline taking turns frame by frame, 2 frames each:", output);
        Assert.Contains("Flat out, each phase in a loop of its own, 5 frames each in 5 rounds:", output);
        // The budget line, once at camera rate and once flat out.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(output, @"pipeline / \(decode \+ inference\) = \d\.\d\d \(budget 1\.30\)"));
        Assert.Matches(@"round by round: lowest \d\.\d\d, median \d\.\d\d, highest \d\.\d\d", output);
        Assert.Matches(@"the pipeline needs \d+% of one core", output);
        Assert.Contains("end-to-end", output);
    }

    [Theory]
    [InlineData("--size", "1280*720", "is not of the form WIDTHxHEIGHT")]
    [InlineData("--size", "1279x720", "even sides")]
    [InlineData("--frames", "0", "--frames must be at least 1")]
    [InlineData("--camera-rate-frames", "0", "--camera-rate-frames must be at least 1")]
    public void Bad_options_are_a_clear_error(string option, string value, string message)
    {
        var (exit, _, error) = ProcessRun.Fakecamd("bench", option, value);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error);
    }
}
