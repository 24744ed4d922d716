using System.Diagnostics;
using System.Text;
using Fakecam.Daemon.Frames;

namespace Fakecam.Service.Tests.Fixtures;

/// <summary>
/// The Y4M file the daemon writes as its virtual camera, read while it grows. The daemon recreates it when the
/// resolution changes, so the header is read again each time.
/// </summary>
public sealed class OutputVideo(string path)
{
    private const int FrameMarkerLength = 6; // "FRAME\n"

    public string Path { get; } = path;

    /// <summary>Frames completely written so far, and their format (null before the header is there).</summary>
    public (int Count, FrameFormat? Format) Progress()
    {
        using FileStream? file = OpenOrNull();
        if (file is null || ReadHeader(file) is not ({ } format, int headerLength))
            return (0, null);
        return ((int)((file.Length - headerLength) / (FrameMarkerLength + format.I420Size)), format);
    }

    public VideoFrame ReadFrame(int index)
    {
        using FileStream file = OpenOrNull() ?? throw new FileNotFoundException(Path);
        (FrameFormat format, int headerLength) = ReadHeader(file) ?? throw new InvalidDataException("No Y4M header yet.");
        VideoFrame frame = VideoFrame.Allocate(format);
        file.Position = headerLength + (long)index * (FrameMarkerLength + format.I420Size) + FrameMarkerLength;
        file.ReadExactly(frame.Packed[..format.I420Size]);
        return frame;
    }

    /// <summary>
    /// Waits until <paramref name="after"/> more frames than now have been written, then returns the newest
    /// <paramref name="count"/> of them (oldest first).
    /// </summary>
    public List<VideoFrame> NextFrames(int after, int count = 1, TimeSpan? timeout = null)
    {
        int start = Progress().Count;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            (int now, FrameFormat? _) = Progress();
            if (now < start)
                start = 0; // the file was recreated
            if (now >= start + after && now >= count)
                return [.. Enumerable.Range(now - count, count).Select(ReadFrame)];
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(30)))
                throw new TimeoutException($"{Path}: only {now - start} of {after} new frames in {clock.Elapsed}.");
            Thread.Sleep(20);
        }
    }

    public VideoFrame NextFrame(int after = 5) => NextFrames(after)[0];

    private FileStream? OpenOrNull()
    {
        try
        {
            return new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static (FrameFormat Format, int HeaderLength)? ReadHeader(FileStream file)
    {
        var line = new StringBuilder();
        for (int b = file.ReadByte(); b != '\n'; b = file.ReadByte())
        {
            if (b < 0)
                return null;
            line.Append((char)b);
        }
        int width = 0, height = 0;
        foreach (string field in line.ToString().Split(' '))
        {
            if (field.StartsWith('W'))
                width = int.Parse(field[1..]);
            else if (field.StartsWith('H'))
                height = int.Parse(field[1..]);
        }
        return (new FrameFormat(width, height, 0, 1), line.Length + 1);
    }
}
