using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Compositing;

/// <summary>Background kind "none": the frame goes out as it came in.</summary>
public sealed class PassThroughCompositor : ICompositor
{
    public void Prepare(VideoFrame frame, CoarseFrame coarse)
    {
    }

    public void ComposeRows(VideoFrame frame, AlphaMask mask)
    {
    }

    public void Dispose()
    {
    }
}
