namespace Fakecam.Daemon.Frames;

/// <summary>
/// A fixed set of frames of one format, rented and returned without allocating in steady state.
/// Thread-safe: stages on different threads rent and return.
/// </summary>
public sealed class FramePool
{
    private readonly Lock _lock = new();
    private readonly Stack<VideoFrame> _free;

    public FramePool(FrameFormat format, int capacity)
    {
        Format = format;
        _free = new Stack<VideoFrame>(capacity);
        for (int i = 0; i < capacity; i++)
            _free.Push(new VideoFrame(format, this));
    }

    public FrameFormat Format { get; }

    /// <summary>Rents a frame; if every frame is out, a new one is made and kept by the pool from then on.</summary>
    public VideoFrame Rent()
    {
        lock (_lock)
        {
            if (_free.TryPop(out VideoFrame? frame))
                return frame;
        }
        return new VideoFrame(Format, this);
    }

    internal void Return(VideoFrame frame)
    {
        lock (_lock)
            _free.Push(frame);
    }
}
