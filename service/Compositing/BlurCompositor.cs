using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Compositing;

/// <summary>
/// Background kind "blur", mask-aware: normalized convolution, so the person contributes nothing to the
/// blurred background and leaves no halo around themselves. The coarse frame (the model-size copy the
/// pipeline makes anyway, with its alpha dilated by <see cref="DilationRadius"/> samples) is pooled 2×2 into
/// cells of background-weighted sums and background weights, both are blurred with three box passes per
/// axis (≈ a gaussian) and divided, so each cell is an average of background only; the cells are upsampled
/// bilinearly and the person is blended over them at full resolution. Box passes of at least one cell make
/// sure every cell a background pixel is interpolated from has background in it.
/// </summary>
/// <remarks>
/// Runs on the pipeline's thread; <see cref="Strength"/> may be changed from any thread and applies from the
/// next frame. Buffers are allocated when the frame format changes, never per frame.
/// </remarks>
public sealed partial class BlurCompositor : ICompositor
{
    /// <summary>Strength 1 blurs with box passes of radius height/20 pixels (36 at 720p).</summary>
    internal const double RadiusPerHeight = 1.0 / 20;

    /// <summary>The smallest radius of a box pass, in pixels: strength 0 still blurs a little.</summary>
    internal const int MinimumRadius = 8;

    /// <summary>
    /// Coarse samples around the person's that get no background weight: the samples the silhouette passes
    /// through hold some of the person's colour.
    /// </summary>
    internal const int DilationRadius = 2;

    internal const int BoxPasses = 3;

    private double _strength;
    private Buffers? _buffers;

    public BlurCompositor(double strength) => Strength = strength;

    /// <summary>0 (a slight blur) to 1 (strong blur).</summary>
    public double Strength
    {
        get => Volatile.Read(ref _strength);
        set
        {
            if (!(value is >= 0 and <= 1))
                throw new ArgumentOutOfRangeException(nameof(value), value, "Blur strength must be between 0 and 1.");
            Volatile.Write(ref _strength, value);
        }
    }

    /// <summary>Radius in pixels of each box pass for a frame of <paramref name="height"/> rows.</summary>
    internal static int RadiusFor(double strength, int height) =>
        Math.Max(MinimumRadius, (int)Math.Round(strength * height * RadiusPerHeight, MidpointRounding.AwayFromZero));

    public void Prepare(VideoFrame frame, CoarseFrame coarse)
    {
        ArgumentNullException.ThrowIfNull(coarse);
        if (_buffers is not { } buffers || !buffers.Matches(frame.Format, coarse))
            _buffers = buffers = new Buffers(frame.Format, coarse.Width, coarse.Height);
        buffers.Pool(coarse);
        buffers.Blur(RadiusFor(Strength, frame.Height));
    }

    public void ComposeRows(VideoFrame frame, AlphaMask mask)
    {
        CompositorChecks.SameSize(frame, mask);
        if (_buffers is not { } buffers || buffers.Format != frame.Format)
            throw new InvalidOperationException("The compositor was not prepared for this frame.");
        buffers.Composite(frame, mask);
    }

    public void Dispose()
    {
    }
}
