using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Pipeline;

/// <summary>
/// Replaces the background of a frame in place: blur, an image, a colour, or nothing. Keeps the person
/// (mask 255) and replaces the background (mask 0), blending in between; prepared once per frame, then
/// composed band by band as the mask's bands are rendered.
/// </summary>
public interface ICompositor : IDisposable
{
    /// <summary>Makes what this frame's background needs before any band (the blur's blurred cells).</summary>
    /// <param name="coarse">The same frame and its alpha at the model size, for backgrounds made from the frame itself.</param>
    void Prepare(VideoFrame frame, CoarseFrame coarse);

    /// <summary>Composes the frame rows of <paramref name="mask"/>'s band.</summary>
    void ComposeRows(VideoFrame frame, AlphaMask mask);
}

public static class CompositorExtensions
{
    /// <summary>Prepares and composes a frame whose mask covers it whole.</summary>
    public static void Compose(this ICompositor compositor, VideoFrame frame, AlphaMask mask, CoarseFrame coarse)
    {
        if (mask.FirstRow != 0 || mask.RowCount != frame.Height)
            throw new ArgumentException("The mask is a band, not the whole frame.", nameof(mask));
        compositor.Prepare(frame, coarse);
        compositor.ComposeRows(frame, mask);
    }
}
