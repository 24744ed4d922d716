using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Video;

namespace Fakecam.Service.Tests.Fixtures;

/// <summary>Y4M files made from the bundled photos, played in a loop by the daemon as its camera.</summary>
public static class CameraFiles
{
    /// <summary>Small, so the daemon keeps up easily on a loaded machine.</summary>
    public static readonly FrameFormat Format = new(320, 180, 15, 1);

    /// <summary>
    /// person-head-shoulders.jpg (800×450) scaled by exactly 0.4: its hand-marked background (x 600–740,
    /// y 0–300) lands at x 240–296, y 0–120, and its person (x 300–500, y 230–400) at x 120–200, y 92–160.
    /// </summary>
    public const string PersonPhoto = "person-head-shoulders.jpg";

    public static VideoFrame Photo(string name)
    {
        VideoFrame photo = BackgroundImageLoader.Load(Path.Combine(SourceTree.Media, name));
        VideoFrame frame = VideoFrame.Allocate(Format);
        BackgroundScaler.Cover(photo, frame);
        return frame;
    }

    /// <summary>The picture moved left by <paramref name="pixels"/> (even), what leaves on the left coming back on the right.</summary>
    public static VideoFrame ShiftedLeft(VideoFrame frame, int pixels)
    {
        VideoFrame shifted = VideoFrame.Allocate(frame.Format);
        Rotate(frame.Y, shifted.Y, frame.Width, pixels);
        Rotate(frame.U, shifted.U, frame.Format.ChromaWidth, pixels / 2);
        Rotate(frame.V, shifted.V, frame.Format.ChromaWidth, pixels / 2);
        return shifted;
    }

    private static void Rotate(ReadOnlySpan<byte> source, Span<byte> destination, int width, int pixels)
    {
        for (int row = 0; row < source.Length; row += width)
        {
            ReadOnlySpan<byte> from = source.Slice(row, width);
            Span<byte> to = destination.Slice(row, width);
            from[pixels..].CopyTo(to);
            from[..pixels].CopyTo(to[(width - pixels)..]);
        }
    }

    /// <summary>Writes runs of <paramref name="run"/> copies of each frame in turn.</summary>
    public static string Write(string path, int run, params VideoFrame[] frames)
    {
        using var sink = Y4mFrameSink.Create(path, Format);
        foreach (VideoFrame frame in frames)
        {
            for (int i = 0; i < run; i++)
                sink.Write(frame);
        }
        return path;
    }
}
