using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Compositing;

/// <summary>
/// Background kind "blur", mask-aware: normalized convolution, so the person contributes nothing to the
/// blurred background and leaves no halo around themselves. The frame is downscaled by 8 into cells of
/// background-weighted sums and background weights, both are blurred with three box passes per axis (≈ a
/// gaussian), upsampled bilinearly and divided per pixel, and the person is blended over the result.
/// </summary>
/// <remarks>
/// Runs on the pipeline's thread; <see cref="Strength"/> may be changed from any thread and applies from the
/// next frame. Buffers are allocated when the frame format changes, never per frame.
/// </remarks>
public sealed partial class BlurCompositor : ICompositor
{
    /// <summary>Frame pixels per cell side.</summary>
    internal const int CellSize = 8;

    /// <summary>Strength 1 blurs with box passes of radius height/160 cells (5 cells = 40 pixels at 720p).</summary>
    internal const double RadiusPerHeight = 1.0 / 160;

    internal const int BoxPasses = 3;

    private double _strength;
    private Buffers? _buffers;

    public BlurCompositor(double strength) => Strength = strength;

    /// <summary>0 (only the 8× downscale softens the background) to 1 (strong blur).</summary>
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

    /// <summary>Radius in cells of each box pass for a frame of <paramref name="height"/> rows.</summary>
    internal static int RadiusFor(double strength, int height) => (int)Math.Round(strength * height * RadiusPerHeight, MidpointRounding.AwayFromZero);

    public void Compose(VideoFrame frame, AlphaMask mask)
    {
        CompositorChecks.SameSize(frame, mask);
        if (_buffers is not { } buffers || buffers.Format.Width != frame.Width || buffers.Format.Height != frame.Height)
            _buffers = buffers = new Buffers(frame.Format);
        buffers.Accumulate(frame, mask);
        buffers.Blur(RadiusFor(Strength, frame.Height));
        buffers.Composite(frame, mask);
    }

    public void Dispose()
    {
    }
}
