using System.Text;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Video;

/// <summary>Writes I420 frames as a Y4M file or pipe.</summary>
public sealed class Y4mFrameSink : IFrameSink
{
    private static ReadOnlySpan<byte> FrameLine => "FRAME\n"u8;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly FrameFormat _format;

    public Y4mFrameSink(Stream stream, FrameFormat format, bool ownsStream = true)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _format = format;
        _stream.Write(Encoding.ASCII.GetBytes(Y4mHeader.Format(format)));
    }

    /// <summary>Creates a file, or writes to standard output for "-".</summary>
    public static Y4mFrameSink Create(string path, FrameFormat format) =>
        path == "-"
            ? new Y4mFrameSink(Console.OpenStandardOutput(1 << 16), format)
            : new Y4mFrameSink(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), format);

    public void Write(VideoFrame frame)
    {
        if (frame.Width != _format.Width || frame.Height != _format.Height)
            throw new ArgumentException($"Frame {frame.Width}x{frame.Height} does not match the stream's {_format}.");
        _stream.Write(FrameLine);
        _stream.Write(frame.Packed[.._format.I420Size]);
    }

    public void Dispose()
    {
        _stream.Flush();
        if (_ownsStream)
            _stream.Dispose();
    }
}
