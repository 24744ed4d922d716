using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Refinement;

/// <summary>
/// Model probabilities → alpha mask: temporal smoothing, a soft threshold and optional dilation/erosion at
/// model resolution, then the fast guided filter (He and Sun): the linear coefficients a, b are fitted at
/// model resolution against the frame's luma downscaled to it, upsampled bilinearly, and
/// alpha = a·Y + b at full resolution, so the mask's edges follow the frame's. The chroma alpha is the 2×2
/// mean of the luma alpha; the coarse frame, when given, gets a·Y + b at model resolution.
/// </summary>
/// <remarks>
/// Runs on one thread (the pipeline's); <see cref="Options"/> may be replaced from any thread and applies
/// from the next frame. Buffers are allocated when the frame or model size changes, never per frame.
/// </remarks>
public sealed partial class GuidedMaskRefiner : IMaskRefiner
{
    /// <summary>Radius of the guided filter's window, in model pixels.</summary>
    internal const int GuideRadius = 4;

    /// <summary>Regularisation of the guided filter for a guide in [0, 1]: edges with less contrast are smoothed over.</summary>
    internal const float GuideEpsilon = 0.004f;

    /// <summary>
    /// Contrast applied around alpha 127.5 after the guided filter: where the model's mask reaches a little
    /// past the frame's edge the filter leaves a faint tail there, which this cuts off; the edge itself stays
    /// where the frame's edge is. Folded into a and b, so it costs nothing per pixel.
    /// </summary>
    internal const float EdgeContrast = 2f;

    private MaskRefinementOptions _options;
    private Buffers? _buffers;
    private bool _hasHistory;

    public GuidedMaskRefiner(MaskRefinementOptions? options = null) => _options = (options ?? MaskRefinementOptions.Default).Validate();

    public MaskRefinementOptions Options
    {
        get => Volatile.Read(ref _options);
        set => Volatile.Write(ref _options, value.Validate());
    }

    /// <summary>Fits and renders the whole mask at once; <paramref name="mask"/> covers the whole frame.</summary>
    public void Refine(ReadOnlySpan<float> probabilities, ModelDescriptor model, VideoFrame frame, AlphaMask mask, CoarseFrame? coarse = null)
    {
        if (mask.Rows != frame.Height)
            throw new ArgumentException("The mask is a band, not the whole frame.", nameof(mask));
        Fit(probabilities, model, frame, coarse);
        Render(frame, mask, 0);
    }

    /// <inheritdoc/>
    public void Fit(ReadOnlySpan<float> probabilities, ModelDescriptor model, VideoFrame frame, CoarseFrame? coarse)
    {
        if (coarse is not null && (coarse.Width != model.InputWidth || coarse.Height != model.InputHeight))
            throw new ArgumentException($"Coarse frame is {coarse.Width}x{coarse.Height}, the model {model.InputWidth}x{model.InputHeight}.", nameof(coarse));
        if (probabilities.Length < model.InputPixels)
            throw new ArgumentException($"Expected {model.InputPixels} probabilities, got {probabilities.Length}.", nameof(probabilities));
        MaskRefinementOptions options = Options;
        Buffers buffers = BuffersFor(model, frame.Format);
        float feather = Math.Max((float)options.Feather, 1e-3f);
        float[]? guide = null;
        if (options.EdgeRefinement)
            guide = coarse?.Y ?? buffers.ResampleGuide(frame);
        buffers.Fit(probabilities[..model.InputPixels], _hasHistory ? (float)options.Smoothing : null,
            (float)options.Threshold - feather / 2, 1f / feather, options.Dilation, guide, coarse);
        _hasHistory = true;
    }

    /// <inheritdoc/>
    public void Render(VideoFrame frame, AlphaMask mask, int firstRow)
    {
        if (mask.Width != frame.Width || mask.Height != frame.Height)
            throw new ArgumentException("Mask and frame differ in size.", nameof(mask));
        if (_buffers is not { } buffers || !buffers.Matches(frame.Format))
            throw new InvalidOperationException("The mask was not fitted to a frame of this size.");
        mask.FirstRow = firstRow;
        buffers.Render(frame, mask);
    }

    public void Reset() => _hasHistory = false;

    /// <summary>Holes up to about twice this many model pixels across are filled.</summary>
    internal const int HoleFillRadius = 2;

    /// <summary>One over the number of samples in the guided filter's window.</summary>
    private const float InverseArea = 1f / ((2 * GuideRadius + 1) * (2 * GuideRadius + 1));

    private Buffers BuffersFor(ModelDescriptor model, FrameFormat format)
    {
        if (_buffers is { } existing && existing.Matches(model) && existing.Matches(format))
            return existing;
        _hasHistory = false;
        return _buffers = new Buffers(model.InputWidth, model.InputHeight, format);
    }
}
