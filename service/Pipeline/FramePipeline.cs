using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Pipeline;

/// <summary>
/// The per-frame work between source and sink: model input, inference, mask refinement, compositing.
/// The mask applied to a frame is computed from that frame. The mask is fitted at model resolution, then
/// rendered and composited band by band of <see cref="BandRows"/> rows, so the frame-size alpha never
/// leaves the cache. Not thread-safe: one frame thread calls it.
/// </summary>
public sealed class FramePipeline : IDisposable
{
    private readonly ISegmenter _segmenter;
    private readonly IMaskRefiner _refiner;
    private readonly ModelInputConverter _inputConverter;
    private float[] _modelInput;
    private float[] _inferredInput;
    private readonly float[] _probabilities;
    private readonly AlphaMask _mask;
    private ICompositor _compositor;

    public FramePipeline(FrameFormat format, ISegmenter segmenter, IMaskRefiner refiner, ICompositor compositor,
        PipelineStatistics statistics)
    {
        Format = format;
        _segmenter = segmenter;
        _refiner = refiner;
        _compositor = compositor;
        Statistics = statistics;
        _inputConverter = new ModelInputConverter(format, segmenter.Model.InputWidth, segmenter.Model.InputHeight);
        _modelInput = segmenter.CreateInputBuffer();
        _inferredInput = segmenter.CreateInputBuffer();
        _probabilities = GC.AllocateArray<float>(segmenter.Model.InputPixels, pinned: true);
        _mask = new AlphaMask(format, BandRows);
    }

    /// <summary>Rows rendered and composited at a time: the band's alpha and frame rows stay in the first-level cache.</summary>
    public const int BandRows = 16;

    public FrameFormat Format { get; }

    public PipelineStatistics Statistics { get; }

    /// <summary>Replaces the frame with its mask as grey video (Y = mask, neutral chroma) instead of the composite.</summary>
    public bool DebugMask { get; set; }

    /// <summary>Swaps the compositor between frames; the old one is returned for the caller to dispose.</summary>
    public ICompositor ReplaceCompositor(ICompositor compositor)
    {
        ICompositor old = _compositor;
        _compositor = compositor;
        return old;
    }

    /// <summary>
    /// Mean absolute difference (in [0,1] RGB units) of the model input below which a frame counts as unchanged
    /// and the previous inference is reused: about a third of one 8-bit level, under the noise a still camera
    /// shows after the area downscale, so any visible movement runs the model.
    /// </summary>
    public const float UnchangedThreshold = 0.0013f;

    private bool _hasInference;

    /// <summary>Forgets the mask history, for a new stream.</summary>
    public void Reset()
    {
        _refiner.Reset();
        _hasInference = false;
    }

    /// <summary>
    /// Replaces the background of <paramref name="frame"/> in place. With <paramref name="mayReuseMask"/>
    /// (the CPU is behind) the previous inference is used if there is one; it always is when the frame has not
    /// changed since that inference.
    /// </summary>
    public void Process(VideoFrame frame, bool mayReuseMask = false)
    {
        ModelDescriptor model = _segmenter.Model;
        long t = Stopwatch.GetTimestamp();
        _inputConverter.Convert(frame, _modelInput);
        t = Statistics.ModelInput.RecordSince(t);
        if (!_hasInference || !(mayReuseMask || FrameDifference.MeanAbsoluteIsBelow(_modelInput, _inferredInput, UnchangedThreshold)))
        {
            _segmenter.Segment(_modelInput, _probabilities);
            // The inferred input stays for the next frame to be compared with: the buffers swap roles instead of copying.
            (_inferredInput, _modelInput) = (_modelInput, _inferredInput);
            _hasInference = true;
            t = Statistics.Inference.RecordSince(t);
        }
        else
        {
            Statistics.CountReusedMask();
        }
        CoarseFrame coarse = _inputConverter.Coarse;
        _refiner.Fit(_probabilities, model, frame, coarse);
        long refineTicks = Stopwatch.GetTimestamp() - t;
        t = Stopwatch.GetTimestamp();
        if (!DebugMask)
            _compositor.Prepare(frame, coarse);
        long composeTicks = Stopwatch.GetTimestamp() - t;
        for (int firstRow = 0; firstRow < frame.Height; firstRow += BandRows)
        {
            long bandStart = Stopwatch.GetTimestamp();
            _refiner.Render(frame, _mask, firstRow);
            long rendered = Stopwatch.GetTimestamp();
            if (DebugMask)
                WriteMaskRows(frame);
            else
                _compositor.ComposeRows(frame, _mask);
            refineTicks += rendered - bandStart;
            composeTicks += Stopwatch.GetTimestamp() - rendered;
        }
        if (DebugMask)
        {
            frame.U.Fill(128);
            frame.V.Fill(128);
        }
        Statistics.Refine.Record(Stopwatch.GetElapsedTime(0, refineTicks).TotalMilliseconds);
        Statistics.Composite.Record(Stopwatch.GetElapsedTime(0, composeTicks).TotalMilliseconds);
    }

    private void WriteMaskRows(VideoFrame frame) =>
        _mask.Luma.AsSpan(0, _mask.RowCount * Format.Width).CopyTo(frame.Y[(_mask.FirstRow * frame.LumaStride)..]);

    public void Dispose() => _compositor.Dispose();
}
