using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Pipeline;

/// <summary>
/// The per-frame work between source and sink: model input, inference, mask refinement, compositing.
/// The mask applied to a frame is computed from that frame. Not thread-safe: one frame thread calls it.
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
        _modelInput = GC.AllocateArray<float>(_inputConverter.TensorLength, pinned: true);
        _inferredInput = GC.AllocateArray<float>(_inputConverter.TensorLength, pinned: true);
        _probabilities = GC.AllocateArray<float>(segmenter.Model.InputPixels, pinned: true);
        _mask = new AlphaMask(format);
    }

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
        if (!_hasInference || !(mayReuseMask || FrameDifference.MeanAbsolute(_modelInput, _inferredInput) < UnchangedThreshold))
        {
            _segmenter.Segment(_modelInput, _probabilities);
            // The segmenter has its own copy of the input: the buffers swap roles instead of copying.
            (_inferredInput, _modelInput) = (_modelInput, _inferredInput);
            _hasInference = true;
            t = Statistics.Inference.RecordSince(t);
        }
        else
        {
            Statistics.CountReusedMask();
        }
        _refiner.Refine(_probabilities, model, frame, _mask, _inputConverter.Coarse);
        t = Statistics.Refine.RecordSince(t);
        if (DebugMask)
            WriteMask(frame);
        else
            _compositor.Compose(frame, _mask, _inputConverter.Coarse);
        Statistics.Composite.RecordSince(t);
    }

    private void WriteMask(VideoFrame frame)
    {
        _mask.Luma.AsSpan(0, Format.LumaSize).CopyTo(frame.Y);
        frame.U.Fill(128);
        frame.V.Fill(128);
    }

    public void Dispose() => _compositor.Dispose();
}
