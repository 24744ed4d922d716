namespace Fakecam.Daemon.Video;

/// <summary>
/// Cuts a byte stream of concatenated JPEG images (an .mjpeg file or a pipe) into single images.
/// Each broken image counts as one damaged frame, and so does a stretch of junk as long as an image
/// that follows a good image.
/// The buffer grows to the largest image seen and is then reused. Not thread-safe.
/// </summary>
public sealed class JpegStreamSplitter : IDisposable
{
    public const int MaxFrameBytes = 32 << 20;

    /// <summary>Shorter junk between images is padding (multipart headers, say), not a lost image.</summary>
    private const int MinimumImageBytes = 1024;
    private const int ReadSize = 256 << 10;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private byte[] _buffer = GC.AllocateUninitializedArray<byte>(4 * ReadSize);
    private int _start;
    private int _end;
    private long _junk;
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
            _junk += start;
            _start += start;
            switch (result)
            {
                case JpegScanResult.Frame:
                    EndJunk();
                    image = _buffer.AsMemory(_start, length);
                    _start += length;
                    _inDamage = false;
                    return true;
                case JpegScanResult.Damaged:
                    _junk = 0; // junk and the broken image after it are one damaged stretch
                    DamagedFrames++;
                    _inDamage = true;
                    _start += length;
                    continue;
                default:
                    if (Fill())
                        continue;
                    if (_end > _start)
                        DamagedFrames++;
                    else
                        EndJunk();
                    _start = _end;
                    image = default;
                    return false;
            }
        }
    }

    /// <summary>Drops what is buffered and forgets the end of stream (after the caller rewound the stream).</summary>
    public void Reset()
    {
        _start = _end = 0;
        _junk = 0;
        _endOfStream = false;
        _inDamage = false;
    }

    public void Dispose()
    {
        if (_ownsStream)
            _stream.Dispose();
    }

    /// <summary>Junk as long as an image, where no damage was counted already, stands for a lost image.</summary>
    private void EndJunk()
    {
        if (_junk >= MinimumImageBytes && !_inDamage)
            DamagedFrames++;
        _junk = 0;
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
