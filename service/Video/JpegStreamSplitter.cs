namespace Fakecam.Daemon.Video;

/// <summary>
/// Cuts a byte stream of concatenated JPEG images (an .mjpeg file or a pipe) into single images.
/// Each broken image, and each stretch of junk that follows a good image, counts as one damaged frame.
/// The buffer grows to the largest image seen and is then reused. Not thread-safe.
/// </summary>
public sealed class JpegStreamSplitter : IDisposable
{
    public const int MaxFrameBytes = 32 << 20;
    private const int ReadSize = 256 << 10;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private byte[] _buffer = GC.AllocateUninitializedArray<byte>(4 * ReadSize);
    private int _start;
    private int _end;
    private bool _inDamage;
    private bool _endOfStream;

    public JpegStreamSplitter(Stream stream, bool ownsStream = true)
    {
        _stream = stream;
        _ownsStream = ownsStream;
    }

    /// <summary>Images dropped because they were broken off, or junk where an image should have been.</summary>
    public long DamagedFrames { get; private set; }

    /// <summary>
    /// The next complete image, valid until the next call. Returns false at the end of the stream
    /// (an unfinished image there counts as damaged).
    /// </summary>
    public bool TryReadNext(out ReadOnlyMemory<byte> image)
    {
        while (true)
        {
            JpegScanResult result = JpegFrameScanner.Scan(_buffer.AsSpan(_start, _end - _start), out int start, out int length);
            if (start > 0 && result != JpegScanResult.Damaged)
                CountJunk();
            switch (result)
            {
                case JpegScanResult.Frame:
                    image = _buffer.AsMemory(_start + start, length);
                    _start += start + length;
                    _inDamage = false;
                    return true;
                case JpegScanResult.Damaged:
                    if (start > 0)
                        CountJunk();
                    DamagedFrames++;
                    _inDamage = true;
                    _start += start + length;
                    continue;
                default:
                    _start += start;
                    if (!Fill())
                    {
                        if (_end > _start)
                            DamagedFrames++;
                        _start = _end;
                        image = default;
                        return false;
                    }
                    continue;
            }
        }
    }

    /// <summary>Drops what is buffered and forgets the end of stream (after the caller rewound the stream).</summary>
    public void Reset()
    {
        _start = _end = 0;
        _endOfStream = false;
        _inDamage = false;
    }

    public void Dispose()
    {
        if (_ownsStream)
            _stream.Dispose();
    }

    private void CountJunk()
    {
        if (_inDamage)
            return;
        DamagedFrames++;
        _inDamage = true;
    }

    /// <summary>Reads more bytes behind the unfinished image; false when the stream has ended.</summary>
    private bool Fill()
    {
        if (_endOfStream)
            return false;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxFrameBytes)
            {
                // One image larger than any camera makes: drop it and look for the next one.
                DamagedFrames++;
                _inDamage = true;
                _buffer.AsSpan(_end - 1, 1).CopyTo(_buffer);
                _end = 1;
            }
            else
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
        }
        int read = _stream.Read(_buffer, _end, Math.Min(ReadSize, _buffer.Length - _end));
        if (read == 0)
        {
            _endOfStream = true;
            return false;
        }
        _end += read;
        return true;
    }
}
