using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Pipeline;

/// <summary>
/// Turns the model's low-resolution probabilities into the frame-resolution alpha mask, with edges
/// guided by the frame itself and smoothing over time: fitted once per frame at model resolution, then
/// rendered band by band.
/// </summary>
public interface IMaskRefiner
{
    /// <summary>Fits the mask of <paramref name="frame"/> at model resolution.</summary>
    /// <param name="probabilities">Model output, <paramref name="model"/> width × height, in [0,1].</param>
    /// <param name="frame">The frame the probabilities were computed from.</param>
    /// <param name="coarse">
    /// The frame already downscaled to the model size (the model input converter makes it anyway), whose
    /// luma guides the mask and whose <see cref="CoarseFrame.Alpha"/> receives the alpha at that size; or null
    /// for the refiner to downscale the luma itself.
    /// </param>
    void Fit(ReadOnlySpan<float> probabilities, ModelDescriptor model, VideoFrame frame, CoarseFrame? coarse);

    /// <summary>Writes the fitted alpha of the frame rows from <paramref name="firstRow"/> on into <paramref name="mask"/>'s band.</summary>
    void Render(VideoFrame frame, AlphaMask mask, int firstRow);

    /// <summary>Forgets the temporal history (a new stream, a new camera).</summary>
    void Reset();
}
