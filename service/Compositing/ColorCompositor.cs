using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Compositing;

/// <summary>Background kind "color": a solid colour behind the person.</summary>
public sealed class ColorCompositor(YuvColor color) : ICompositor
{
    public YuvColor Color { get; } = color;

    public void Prepare(VideoFrame frame, CoarseFrame coarse)
    {
    }

    public void ComposeRows(VideoFrame frame, AlphaMask mask)
    {
        CompositorChecks.SameSize(frame, mask);
        ReadOnlySpan<byte> luma = mask.Luma.AsSpan(0, mask.RowCount * mask.Width);
        ReadOnlySpan<byte> chroma = mask.Chroma.AsSpan(0, mask.ChromaRowCount * mask.Format.ChromaWidth);
        Blend.Constant(CompositorChecks.LumaBand(frame.Y, mask), Color.Y, luma);
        Blend.Constant(CompositorChecks.ChromaBand(frame.U, mask), Color.U, chroma);
        Blend.Constant(CompositorChecks.ChromaBand(frame.V, mask), Color.V, chroma);
    }

    public void Dispose()
    {
    }
}
