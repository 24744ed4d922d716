using System.Globalization;
using System.Text;
using System.Text.Json;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Bench;

/// <summary>What <c>fakecamd bench</c> measured, printed for people or as JSON.</summary>
public sealed record BenchReport(
    FrameFormat Format,
    int Frames,
    string Model,
    BackgroundSpec Background,
    double DecodeCpuMs,
    double InferenceCpuMs,
    double SequenceCpuMs,
    double PipelineCpuMs,
    double Fps,
    long ReusedMasks,
    long SkippedFrames,
    RatioSpread RoundRatios,
    IReadOnlyList<StageSummary> Stages)
{
    /// <summary>The pipeline's CPU per frame over the floor it cannot go below (decode + inference alone).</summary>
    public double CpuOverFloor => PipelineCpuMs / (DecodeCpuMs + InferenceCpuMs);

    /// <summary>
    /// Decode, model input and inference one after the other over the floor: how much dearer decode and
    /// inference get when each runs after the other's memory traffic instead of in a loop of its own.
    /// </summary>
    public double SequenceOverFloor => SequenceCpuMs / (DecodeCpuMs + InferenceCpuMs);

    /// <summary>Share of one core at the stream's frame rate.</summary>
    public double CorePercentAtStreamRate => PipelineCpuMs * Format.Fps / 10;

    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"fakecamd bench: {Format.Width}x{Format.Height} MJPEG (q80 4:2:2, bundled photo, panning), {Frames} frames, model {Model}, background {Describe(Background)}");
        text.AppendLine(c, $"{"stage",-12} {"p50 ms",8} {"p99 ms",8} {"mean ms",8}");
        foreach (StageSummary stage in Stages)
            text.AppendLine(c, $"{stage.Name,-12} {stage.P50,8:0.00} {stage.P99,8:0.00} {stage.Mean,8:0.00}");
        text.AppendLine(c, $"CPU per frame: pipeline {PipelineCpuMs:0.00} ms; alone: MJPEG decode {DecodeCpuMs:0.00} ms + inference {InferenceCpuMs:0.00} ms = {DecodeCpuMs + InferenceCpuMs:0.00} ms");
        text.AppendLine(c, $"pipeline / (decode + inference) = {CpuOverFloor:0.00} (budget 1.30)");
        text.AppendLine(c, $"the same ratio round by round ({RoundRatios.Count} rounds): lowest {RoundRatios.Lowest:0.00}, median {RoundRatios.Median:0.00}, highest {RoundRatios.Highest:0.00}");
        text.AppendLine(c, $"decode, model input, inference in sequence, no refine/composite/output: {SequenceCpuMs:0.00} ms = {SequenceOverFloor:0.00} × (decode + inference)");
        text.AppendLine(c, $"throughput {Fps:0.0} fps; at {Format.Fps:0.#} fps the pipeline needs {CorePercentAtStreamRate:0}% of one core");
        text.AppendLine(c, $"reused masks {ReusedMasks}, skipped frames {SkippedFrames}");
        return text.ToString();
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("width", Format.Width);
            json.WriteNumber("height", Format.Height);
            json.WriteNumber("frames", Frames);
            json.WriteString("model", Model);
            json.WriteString("background", Describe(Background));
            json.WriteNumber("decode_cpu_ms", Math.Round(DecodeCpuMs, 3));
            json.WriteNumber("inference_cpu_ms", Math.Round(InferenceCpuMs, 3));
            json.WriteNumber("sequence_cpu_ms", Math.Round(SequenceCpuMs, 3));
            json.WriteNumber("sequence_over_floor", Math.Round(SequenceOverFloor, 3));
            json.WriteNumber("pipeline_cpu_ms", Math.Round(PipelineCpuMs, 3));
            json.WriteNumber("cpu_over_floor", Math.Round(CpuOverFloor, 3));
            json.WriteStartObject("cpu_over_floor_by_round");
            json.WriteNumber("rounds", RoundRatios.Count);
            json.WriteNumber("lowest", Math.Round(RoundRatios.Lowest, 3));
            json.WriteNumber("median", Math.Round(RoundRatios.Median, 3));
            json.WriteNumber("highest", Math.Round(RoundRatios.Highest, 3));
            json.WriteEndObject();
            json.WriteNumber("fps", Math.Round(Fps, 1));
            json.WriteNumber("core_percent_at_stream_rate", Math.Round(CorePercentAtStreamRate, 1));
            json.WriteNumber("reused_masks", ReusedMasks);
            json.WriteNumber("skipped_frames", SkippedFrames);
            json.WriteStartObject("stages");
            foreach (StageSummary stage in Stages)
            {
                json.WriteStartObject(stage.Name);
                json.WriteNumber("p50_ms", Math.Round(stage.P50, 3));
                json.WriteNumber("p99_ms", Math.Round(stage.P99, 3));
                json.WriteNumber("mean_ms", Math.Round(stage.Mean, 3));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Describe(BackgroundSpec background) => background.Kind switch
    {
        BackgroundKind.Blur => string.Create(CultureInfo.InvariantCulture, $"blur={background.BlurStrength:0.##}"),
        BackgroundKind.Color => $"color={background.Color}",
        BackgroundKind.Image => $"image={Path.GetFileName(background.ImagePath)}",
        _ => "none",
    };
}

/// <summary>Lowest, median and highest of a set of ratios (all zero for none).</summary>
public readonly record struct RatioSpread(int Count, double Lowest, double Median, double Highest)
{
    public static RatioSpread Of(IReadOnlyCollection<double> ratios)
    {
        if (ratios.Count == 0)
            return default;
        double[] sorted = [.. ratios.Order()];
        int middle = sorted.Length / 2;
        double median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new RatioSpread(sorted.Length, sorted[0], median, sorted[^1]);
    }
}
