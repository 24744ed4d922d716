namespace Fakecam.Daemon.Pipeline;

/// <summary>Counters and per-stage timings of a running pipeline. Written by the frame thread, read by anyone.</summary>
public sealed class PipelineStatistics
{
    public StageTimings Capture { get; } = new("capture");
    public StageTimings ModelInput { get; } = new("model-input");
    public StageTimings Inference { get; } = new("inference");
    public StageTimings Refine { get; } = new("refine");
    public StageTimings Composite { get; } = new("composite");
    public StageTimings Output { get; } = new("output");
    public StageTimings EndToEnd { get; } = new("end-to-end");

    private readonly Lock _rateLock = new();
    private readonly long[] _frameTimes = new long[64];
    private int _frameTimeCount;
    private long _frames;
    private long _dropped;
    private long _reusedMasks;

    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>Frames the source could not decode, or that were late and not sent.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Frames composited with the previous inference: the CPU was behind, or the frame had not changed.</summary>
    public long ReusedMasks => Interlocked.Read(ref _reusedMasks);

    public IEnumerable<StageTimings> Stages => [Capture, ModelInput, Inference, Refine, Composite, Output, EndToEnd];

    public void CountFrame()
    {
        long now = System.Diagnostics.Stopwatch.GetTimestamp();
        lock (_rateLock)
        {
            _frameTimes[(int)(Interlocked.Increment(ref _frames) % _frameTimes.Length)] = now;
            _frameTimeCount = Math.Min(_frameTimeCount + 1, _frameTimes.Length);
        }
    }

    /// <summary>Frames per second over the last frames sent (up to 64); 0 when fewer than two were, or none lately.</summary>
    public double FrameRate
    {
        get
        {
            lock (_rateLock)
            {
                if (_frameTimeCount < 2)
                    return 0;
                long newest = _frameTimes[(int)(Frames % _frameTimes.Length)];
                long oldest = _frameTimes[(int)((Frames - _frameTimeCount + 1) % _frameTimes.Length)];
                TimeSpan span = System.Diagnostics.Stopwatch.GetElapsedTime(oldest, newest);
                bool stale = System.Diagnostics.Stopwatch.GetElapsedTime(newest) > TimeSpan.FromSeconds(2);
                return stale || span <= TimeSpan.Zero ? 0 : (_frameTimeCount - 1) / span.TotalSeconds;
            }
        }
    }

    public void CountDropped(long count = 1) => Interlocked.Add(ref _dropped, count);

    public void CountReusedMask() => Interlocked.Increment(ref _reusedMasks);

    public void Reset()
    {
        foreach (StageTimings stage in Stages)
            stage.Clear();
        lock (_rateLock)
        {
            Interlocked.Exchange(ref _frames, 0);
            _frameTimeCount = 0;
        }
        Interlocked.Exchange(ref _dropped, 0);
        Interlocked.Exchange(ref _reusedMasks, 0);
    }
}
