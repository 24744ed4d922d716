using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Video;

/// <summary>Reads I420 frames from a Y4M file or pipe.</summary>
public sealed class Y4mFrameSource : IFrameSource
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly byte[] _line = new byte[Y4mHeader.MaxLineLength];
    private long _frameNumber;

    public Y4mFrameSource(Stream stream, bool ownsStream = true)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        int length = ReadLine(atStart: true)
            ?? throw new InvalidDataException("The Y4M input is empty.");
        Format = Y4mHeader.Parse(_line.AsSpan(0, length));
    }

    /// <summary>Opens a file, or standard input for "-".</summary>
    public static Y4mFrameSource Open(string path) =>
        path == "-"
            ? new Y4mFrameSource(Console.OpenStandardInput(1 << 16))
            : new Y4mFrameSource(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

    public FrameFormat Format { get; }

    public long SkippedFrames => 0;

    public bool TryRead(VideoFrame frame)
    {
        frame.DequeuedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        if (ReadLine(atStart: false) is not int length)
            return false;
        if (!_line.AsSpan(0, length).StartsWith("FRAME"u8)
            || (length > 5 && _line[5] != (byte)' '))
            throw new InvalidDataException($"Y4M frame {_frameNumber + 1} does not start with \"FRAME\".");

        Span<byte> data = frame.Packed[..Format.I420Size];
        int total = 0;
        while (total < data.Length)
        {
            int n = _stream.Read(data[total..]);
            if (n == 0)
                throw new InvalidDataException(
                    $"Y4M frame {_frameNumber + 1} is truncated: {total} of {data.Length} bytes.");
            total += n;
        }

        frame.Sequence = _frameNumber;
        frame.TimestampMicroseconds = _frameNumber * 1_000_000L * Format.FpsDenominator / Format.FpsNumerator;
        _frameNumber++;
        return true;
    }

    /// <summary>Reads up to '\n' into the line buffer; null at a clean end of stream.</summary>
    private int? ReadLine(bool atStart)
    {
        for (int i = 0; i < _line.Length; i++)
        {
            int b = _stream.ReadByte();
            if (b < 0)
            {
                if (i == 0)
                    return null;
                throw new InvalidDataException(atStart
                    ? "The Y4M header is cut short."
                    : $"Y4M frame {_frameNumber + 1} header is cut short.");
            }
            if (b == '\n')
                return i;
            _line[i] = (byte)b;
        }
        throw new InvalidDataException(atStart
            ? "Not a Y4M stream: no header line within 1024 bytes."
            : $"Y4M frame {_frameNumber + 1} header is longer than 1024 bytes.");
    }

    public void Dispose()
    {
        if (_ownsStream)
            _stream.Dispose();
    }
}
