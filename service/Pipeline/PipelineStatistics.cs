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

    private long _frames;
    private long _dropped;
    private long _reusedMasks;

    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>Frames the source could not decode, or that were late and not sent.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Frames composited with the previous inference: the CPU was behind, or the frame had not changed.</summary>
    public long ReusedMasks => Interlocked.Read(ref _reusedMasks);

    public IEnumerable<StageTimings> Stages => [Capture, ModelInput, Inference, Refine, Composite, Output, EndToEnd];

    public void CountFrame() => Interlocked.Increment(ref _frames);

    public void CountDropped(long count = 1) => Interlocked.Add(ref _dropped, count);

    public void CountReusedMask() => Interlocked.Increment(ref _reusedMasks);

    public void Reset()
    {
        foreach (StageTimings stage in Stages)
            stage.Clear();
        Interlocked.Exchange(ref _frames, 0);
        Interlocked.Exchange(ref _dropped, 0);
        Interlocked.Exchange(ref _reusedMasks, 0);
    }
}
