using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Compositing;

internal static class CompositorChecks
{
    public static void SameSize(VideoFrame frame, AlphaMask mask)
    {
        if (frame.Width != mask.Width || frame.Height != mask.Height)
            throw new ArgumentException($"Mask is {mask.Width}x{mask.Height}, frame is {frame.Width}x{frame.Height}.", nameof(mask));
    }
}
