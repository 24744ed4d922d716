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
    IReadOnlyList<StageSummary> Stages,
    CameraRateReport CameraRate)
{
    /// <summary>Flat out: the pipeline's CPU per frame over the floor it cannot go below (decode + inference alone).</summary>
    public double CpuOverFloor => PipelineCpuMs / (DecodeCpuMs + InferenceCpuMs);

    /// <summary>
    /// Decode, model input and inference one after the other over the floor: how much dearer decode and
    /// inference get when each runs after the other's memory traffic instead of in a loop of its own.
    /// </summary>
    public double SequenceOverFloor => SequenceCpuMs / (DecodeCpuMs + InferenceCpuMs);

    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"fakecamd bench: {Format.Width}x{Format.Height} MJPEG (q80 4:2:2, bundled photo, panning), model {Model}, background {Describe(Background)}");
        text.AppendLine(c, $"At the stream's {CameraRate.Fps:0.#} fps, decode alone, inference alone and the pipeline taking turns frame by frame, {CameraRate.Frames} frames each:");
        AppendFloor(text, CameraRate.PipelineCpuMs, CameraRate.DecodeCpuMs, CameraRate.InferenceCpuMs);
        text.AppendLine(c, $"  the pipeline needs {CameraRate.CorePercent:0}% of one core");
        text.AppendLine(c, $"Flat out, each phase in a loop of its own, {Frames} frames each in {RoundRatios.Count} rounds:");
        AppendFloor(text, PipelineCpuMs, DecodeCpuMs, InferenceCpuMs);
        text.AppendLine(c, $"  the same ratio round by round: lowest {RoundRatios.Lowest:0.00}, median {RoundRatios.Median:0.00}, highest {RoundRatios.Highest:0.00}");
        text.AppendLine(c, $"  decode, model input, inference in sequence, no refine/composite/output: {SequenceCpuMs:0.00} ms = {SequenceOverFloor:0.00} × (decode + inference)");
        text.AppendLine(c, $"  throughput {Fps:0.0} fps");
        text.AppendLine(c, $"{"stage",-12} {"p50 ms",8} {"p99 ms",8} {"mean ms",8} {"at " + CameraRate.Fps.ToString("0.#", c) + " fps",10}");
        foreach (StageSummary stage in Stages)
        {
            string paced = CameraRate.Stages.FirstOrDefault(s => s.Name == stage.Name) is { Samples: > 0 } p ? p.Mean.ToString("0.00", c) : "";
            text.AppendLine(c, $"{stage.Name,-12} {stage.P50,8:0.00} {stage.P99,8:0.00} {stage.Mean,8:0.00} {paced,10}");
        }
        text.AppendLine(c, $"reused masks {ReusedMasks}, skipped frames {SkippedFrames}");
        return text.ToString();
    }

    private static void AppendFloor(StringBuilder text, double pipeline, double decode, double inference)
    {
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"  CPU per frame: pipeline {pipeline:0.00} ms; alone: MJPEG decode {decode:0.00} ms + inference {inference:0.00} ms = {decode + inference:0.00} ms");
        text.AppendLine(c, $"  pipeline / (decode + inference) = {pipeline / (decode + inference):0.00} (budget 1.30)");
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
            json.WriteStartObject("camera_rate");
            json.WriteNumber("fps", Math.Round(CameraRate.Fps, 3));
            json.WriteNumber("frames", CameraRate.Frames);
            json.WriteNumber("decode_cpu_ms", Math.Round(CameraRate.DecodeCpuMs, 3));
            json.WriteNumber("inference_cpu_ms", Math.Round(CameraRate.InferenceCpuMs, 3));
            json.WriteNumber("pipeline_cpu_ms", Math.Round(CameraRate.PipelineCpuMs, 3));
            json.WriteNumber("cpu_over_floor", Math.Round(CameraRate.CpuOverFloor, 3));
            json.WriteNumber("core_percent", Math.Round(CameraRate.CorePercent, 1));
            json.WriteStartObject("stages");
            foreach (StageSummary stage in CameraRate.Stages)
            {
                json.WriteStartObject(stage.Name);
                json.WriteNumber("p50_ms", Math.Round(stage.P50, 3));
                json.WriteNumber("mean_ms", Math.Round(stage.Mean, 3));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
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

/// <summary>
/// What the bench measured at the stream's frame rate: decode alone, inference alone and the pipeline taking
/// turns frame by frame, <see cref="Frames"/> frames each, and the pipeline's stage timings there.
/// </summary>
public sealed record CameraRateReport(double Fps, int Frames, double DecodeCpuMs, double InferenceCpuMs, double PipelineCpuMs,
    IReadOnlyList<StageSummary> Stages)
{
    public double CpuOverFloor => PipelineCpuMs / (DecodeCpuMs + InferenceCpuMs);

    /// <summary>Share of one core the pipeline needs at this frame rate.</summary>
    public double CorePercent => PipelineCpuMs * Fps / 10;
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
