using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Video;

/// <summary>
/// Frames from concatenated JPEG images: an .mjpeg file, a pipe, or a list of encoded images in memory,
/// optionally looping (files and lists only). The frame size comes from the first readable image;
/// timestamps advance by one frame period per frame. Damaged and wrong-size images are skipped and
/// counted. Not thread-safe: one reader.
/// </summary>
public sealed class MjpegStreamSource : IFrameSource
{
    private readonly JpegStreamSplitter? _splitter;
    private readonly Stream? _stream;
    private readonly IReadOnlyList<ReadOnlyMemory<byte>>? _images;
    private readonly bool _loop;
    private readonly MjpegFrameDecoder _decoder = new();
    private ReadOnlyMemory<byte> _pending;
    private int _nextImage;
    private long _delivered;
    private bool _decodedThisPass;

    /// <summary>Reads <paramref name="stream"/>; loops only if asked and the stream can seek.</summary>
    public MjpegStreamSource(Stream stream, int fps, bool loop = false, bool ownsStream = true)
    {
        _stream = stream;
        _splitter = new JpegStreamSplitter(stream, ownsStream);
        _loop = loop && stream.CanSeek;
        try
        {
            Format = DetectFormat(fps);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Delivers <paramref name="images"/> in order, from the start again after the last if looping.</summary>
    public MjpegStreamSource(IReadOnlyList<ReadOnlyMemory<byte>> images, int fps, bool loop = false)
    {
        _images = images;
        _loop = loop;
        try
        {
            Format = DetectFormat(fps);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public static MjpegStreamSource OpenFile(string path, int fps, bool loop = false) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0), fps, loop);

    public FrameFormat Format { get; }

    public long SkippedFrames => _decoder.SkippedFrames + (_splitter?.DamagedFrames ?? 0);

    public bool TryRead(VideoFrame frame)
    {
        frame.DequeuedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        while (NextImage(out ReadOnlyMemory<byte> image))
        {
            if (!_decoder.TryDecode(image.Span, frame))
                continue;
            _decodedThisPass = true;
            frame.Sequence = _delivered;
            frame.TimestampMicroseconds = _delivered * 1_000_000L * Format.FpsDenominator / Format.FpsNumerator;
            _delivered++;
            return true;
        }
        return false;
    }

    public void Dispose()
    {
        _splitter?.Dispose();
        _decoder.Dispose();
    }

    private FrameFormat DetectFormat(int fps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fps, 1);
        while (NextImage(out ReadOnlyMemory<byte> image))
        {
            if (_decoder.TryReadHeader(image.Span) is { } header)
            {
                _pending = image;
                return new FrameFormat(header.Width, header.Height, fps, 1);
            }
        }
        throw new InvalidDataException("The MJPEG stream holds no readable JPEG image.");
    }

    private bool NextImage(out ReadOnlyMemory<byte> image)
    {
        if (!_pending.IsEmpty)
        {
            image = _pending;
            _pending = default;
            return true;
        }
        return _images is not null ? NextListImage(out image) : NextStreamImage(out image);
    }

    private bool NextListImage(out ReadOnlyMemory<byte> image)
    {
        if (_nextImage == _images!.Count && Rewind())
            _nextImage = 0;
        if (_nextImage == _images.Count)
        {
            image = default;
            return false;
        }
        image = _images[_nextImage++];
        return true;
    }

    private bool NextStreamImage(out ReadOnlyMemory<byte> image)
    {
        if (_splitter!.TryReadNext(out image))
            return true;
        if (!Rewind())
            return false;
        _stream!.Seek(0, SeekOrigin.Begin);
        _splitter.Reset();
        return _splitter.TryReadNext(out image);
    }

    /// <summary>Whether to start over: only when looping and the last pass decoded something, so nothing spins forever.</summary>
    private bool Rewind()
    {
        if (!_loop || !_decodedThisPass)
            return false;
        _decodedThisPass = false;
        return true;
    }
}
