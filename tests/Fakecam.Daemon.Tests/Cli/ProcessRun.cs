using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Cli;
using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Segmentation;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Cli;

/// <summary>Runs the fakecamd command line in-process on Y4M files made from the bundled photos.</summary>
internal sealed class ProcessRun : IDisposable
{
    static ProcessRun()
    {
        if (Environment.GetEnvironmentVariable(ModelCatalog.ModelsVariable) is null)
            Environment.SetEnvironmentVariable(ModelCatalog.ModelsVariable, SourceTree.Models);
    }

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("fakecam-process-").FullName;

    public string PathOf(string name) => Path.Combine(Directory, name);

    public static VideoFrame Photo(string name) => BackgroundImageLoader.Load(Path.Combine(SourceTree.Media, name));

    public static VideoFrame PhotoAt(string name, FrameFormat format)
    {
        VideoFrame frame = VideoFrame.Allocate(format);
        BackgroundScaler.Cover(Photo(name), frame);
        return frame;
    }

    /// <summary>Writes <paramref name="count"/> copies of a frame as a Y4M file.</summary>
    public string WriteY4m(string name, VideoFrame frame, int count)
    {
        string path = PathOf(name);
        using var sink = Y4mFrameSink.Create(path, frame.Format with { FpsNumerator = 30, FpsDenominator = 1 });
        for (int i = 0; i < count; i++)
            sink.Write(frame);
        return path;
    }

    public static List<VideoFrame> ReadY4m(string path)
    {
        using var source = Y4mFrameSource.Open(path);
        var frames = new List<VideoFrame>();
        while (true)
        {
            VideoFrame frame = VideoFrame.Allocate(source.Format);
            if (!source.TryRead(frame))
                return frames;
            frames.Add(frame);
        }
    }

    public static (int Exit, string Output, string Error) Fakecamd(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = DaemonCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
