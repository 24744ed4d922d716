using System.CommandLine;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Cli;

/// <summary><c>fakecamd process</c>: replaces the background of every frame of a Y4M file or pipe.</summary>
internal static class ProcessCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Y4M (YUV 4:2:0) video to read, or - for standard input",
            Required = true,
        };
        var destination = new Option<string>("--output", "-o")
        {
            Description = "Y4M file to write, or - for standard output",
            Required = true,
        };
        var background = CommonOptions.Background();
        var model = CommonOptions.Model();
        var debugMask = new Option<bool>("--debug-mask")
        {
            Description = "write the final mask as grey video (Y = mask × 255) instead of the composite",
        };

        var command = new Command("process", "Replace the background of a Y4M video.")
        {
            input, destination, background, model, debugMask,
        };
        command.SetAction(parsed => CommandErrors.Report(error, () =>
        {
            BackgroundSpec spec = BackgroundSpec.Parse(parsed.GetValue(background)!);
            using var source = Y4mFrameSource.Open(parsed.GetRequiredValue(input));
            using var stages = PipelineStages.Create(source.Format, parsed.GetValue(model)!, spec);
            using var sink = Y4mFrameSink.Create(parsed.GetRequiredValue(destination), source.Format);
            stages.Pipeline.DebugMask = parsed.GetValue(debugMask);

            using VideoFrame frame = new FramePool(source.Format, 1).Rent();
            long frames = 0;
            while (source.TryRead(frame))
            {
                stages.Pipeline.Process(frame);
                sink.Write(frame);
                frames++;
            }
            if (frames == 0)
                error.WriteLine("fakecamd: warning: the input has no frames.");
            return DaemonCli.ExitOk;
        }));
        return command;
    }
}
