using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Pipeline;

/// <summary>
/// Turns the model's low-resolution probabilities into the frame-resolution alpha mask, with edges
/// guided by the frame itself and smoothing over time.
/// </summary>
public interface IMaskRefiner
{
    /// <param name="probabilities">Model output, <paramref name="model"/> width × height, in [0,1].</param>
    /// <param name="frame">The frame the probabilities were computed from.</param>
    /// <param name="mask">Receives the alpha planes for <paramref name="frame"/>.</param>
    /// <param name="guide">
    /// The frame's luma already downscaled to the model size (the model input converter makes it anyway), or
    /// empty for the refiner to make it.
    /// </param>
    void Refine(ReadOnlySpan<float> probabilities, ModelDescriptor model, VideoFrame frame, AlphaMask mask, ReadOnlySpan<float> guide);

    /// <summary>Forgets the temporal history (a new stream, a new camera).</summary>
    void Reset();
}
