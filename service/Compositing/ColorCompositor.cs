using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Compositing;

/// <summary>Background kind "color": a solid colour behind the person.</summary>
public sealed class ColorCompositor(YuvColor color) : ICompositor
{
    public YuvColor Color { get; } = color;

    public void Compose(VideoFrame frame, AlphaMask mask, CoarseFrame coarse)
    {
        CompositorChecks.SameSize(frame, mask);
        Blend.Constant(frame.Y, Color.Y, mask.Luma);
        Blend.Constant(frame.U, Color.U, mask.Chroma);
        Blend.Constant(frame.V, Color.V, mask.Chroma);
    }

    public void Dispose()
    {
    }
}
