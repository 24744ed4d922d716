using System.CommandLine;
using System.Globalization;
using Fakecam.Daemon.Bench;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Cli;

/// <summary><c>fakecamd bench</c>: the whole pipeline on a webcam-like MJPEG stream, per stage.</summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var size = new Option<string>("--size")
        {
            Description = "frame size: 1280x720 or 1920x1080 (any even WxH works)",
            DefaultValueFactory = _ => "1280x720",
        };
        var frames = new Option<int>("--frames")
        {
            Description = "frames to measure (after a warm-up)",
            DefaultValueFactory = _ => 300,
        };
        var cameraRateFrames = new Option<int>("--camera-rate-frames")
        {
            Description = "frames to measure each of decode, inference and the pipeline at the stream's 30 fps",
            DefaultValueFactory = _ => 300,
        };
        var background = CommonOptions.Background();
        var model = CommonOptions.Model();
        var json = new Option<bool>("--json") { Description = "print the results as JSON" };

        var command = new Command("bench", "Measure the pipeline on a webcam-like MJPEG stream of a bundled photo.")
        {
            size, frames, cameraRateFrames, background, model, json,
        };
        command.SetAction(parsed => CommandErrors.Report(error, () =>
        {
            FrameFormat format = ParseSize(parsed.GetValue(size)!);
            int count = parsed.GetValue(frames);
            if (count < 1)
                throw new FormatException("--frames must be at least 1.");
            int cameraRateCount = parsed.GetValue(cameraRateFrames);
            if (cameraRateCount < 1)
                throw new FormatException("--camera-rate-frames must be at least 1.");
            var benchmark = new PipelineBenchmark(format, count, cameraRateCount, parsed.GetValue(model)!,
                BackgroundSpec.Parse(parsed.GetValue(background)!));
            BenchReport report = benchmark.Run();
            output.Write(parsed.GetValue(json) ? report.ToJson() + "\n" : report.ToText());
            return DaemonCli.ExitOk;
        }));
        return command;
    }

    private static FrameFormat ParseSize(string text)
    {
        string[] parts = text.Split('x');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int height)
            && width is >= 64 and <= FrameFormat.MaxDimension && height is >= 64 and <= FrameFormat.MaxDimension
            && width % 2 == 0 && height % 2 == 0)
            return new FrameFormat(width, height, 30, 1);
        throw new FormatException($"Size \"{text}\" is not of the form WIDTHxHEIGHT with even sides from 64 to {FrameFormat.MaxDimension}, e.g. 1280x720.");
    }
}
