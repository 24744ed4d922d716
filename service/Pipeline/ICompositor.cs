using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Pipeline;

/// <summary>Replaces the background of a frame in place: blur, an image, a colour, or nothing.</summary>
public interface ICompositor : IDisposable
{
    /// <summary>Keeps the person (mask 255) and replaces the background (mask 0), blending in between.</summary>
    /// <param name="coarse">The same frame and its alpha at the model size, for backgrounds made from the frame itself.</param>
    void Compose(VideoFrame frame, AlphaMask mask, CoarseFrame coarse);
}
