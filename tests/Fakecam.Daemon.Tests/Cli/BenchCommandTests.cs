using System.Text.Json;
using Fakecam.Daemon.Tests.Interop.OnnxRuntime;

namespace Fakecam.Daemon.Tests.Cli;

public class BenchCommandTests
{
    public BenchCommandTests() => OnnxRuntimeRequirement.EnsureLoaded();

    [Fact]
    public void Json_report_has_every_stage_and_the_ratio_to_the_floor()
    {
        var (exit, output, error) = ProcessRun.Fakecamd("bench", "--size", "640x360", "--frames", "20", "--background", "blur", "--json");

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
    public void Text_report_names_the_budget()
    {
        var (exit, output, error) = ProcessRun.Fakecamd("bench", "--size", "320x180", "--frames", "5");

        Assert.True(exit == 0, error);
        Assert.Contains("pipeline / (decode + inference) = ", output);
        Assert.Contains("(budget 1.30)", output);
        Assert.Matches(@"round by round \(5 rounds\): lowest \d\.\d\d, median \d\.\d\d, highest \d\.\d\d", output);
        Assert.Contains("end-to-end", output);
    }

    [Theory]
    [InlineData("--size", "1280*720", "is not of the form WIDTHxHEIGHT")]
    [InlineData("--size", "1279x720", "even sides")]
    [InlineData("--frames", "0", "--frames must be at least 1")]
    public void Bad_options_are_a_clear_error(string option, string value, string message)
    {
        var (exit, _, error) = ProcessRun.Fakecamd("bench", option, value);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error);
    }
}
