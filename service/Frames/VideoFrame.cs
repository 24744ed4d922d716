namespace Fakecam.Daemon.Frames;

/// <summary>
/// One I420 frame in a pinned buffer with its strides. Frames are owned by a <see cref="FramePool"/>;
/// disposing a frame returns it to its pool.
/// </summary>
public sealed class VideoFrame : IDisposable
{
    private readonly byte[] _buffer;
    private readonly FramePool? _pool;

    internal VideoFrame(FrameFormat format, FramePool? pool)
    {
        Format = format;
        _pool = pool;
        LumaStride = format.Width;
        ChromaStride = format.ChromaWidth;
        _buffer = GC.AllocateUninitializedArray<byte>(format.I420Size, pinned: true);
    }

    /// <summary>A frame with no pool, for tests and one-off work.</summary>
    public static VideoFrame Allocate(FrameFormat format) => new(format, pool: null);

    public FrameFormat Format { get; }

    public int Width => Format.Width;

    public int Height => Format.Height;

    public int LumaStride { get; }

    public int ChromaStride { get; }

    /// <summary>Capture time in microseconds of CLOCK_MONOTONIC (or the position in a file).</summary>
    public long TimestampMicroseconds { get; set; }

    public long Sequence { get; set; }

    /// <summary>
    /// When the source took this frame (a <see cref="System.Diagnostics.Stopwatch"/> timestamp): for a V4L2
    /// camera the moment its buffer was dequeued, so latency is measured from there and not from the wait before.
    /// </summary>
    public long DequeuedAt { get; set; }

    public Span<byte> Y => _buffer.AsSpan(0, Format.LumaSize);

    public Span<byte> U => _buffer.AsSpan(Format.LumaSize, Format.ChromaSize);

    public Span<byte> V => _buffer.AsSpan(Format.LumaSize + Format.ChromaSize, Format.ChromaSize);

    /// <summary>The three planes back to back, exactly the I420 layout of Y4M and V4L2 YU12.</summary>
    public Span<byte> Packed => _buffer;

    public void CopyTo(VideoFrame destination)
    {
        if (destination.Format.Width != Format.Width || destination.Format.Height != Format.Height)
            throw new ArgumentException("Frames differ in size.", nameof(destination));
        _buffer.AsSpan().CopyTo(destination._buffer);
        destination.TimestampMicroseconds = TimestampMicroseconds;
        destination.Sequence = Sequence;
        destination.DequeuedAt = DequeuedAt;
    }

    public void Dispose() => _pool?.Return(this);
}
