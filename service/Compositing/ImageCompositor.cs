using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Compositing;

/// <summary>
/// Background kind "image": a still image behind the person. The image (any size, I420) is scaled to cover
/// the frame once per frame format, then each band is one blend per plane. The compositor owns the image
/// and disposes it.
/// </summary>
public sealed class ImageCompositor(VideoFrame image) : ICompositor
{
    private VideoFrame? _background;

    /// <summary>The image as given, before scaling.</summary>
    public VideoFrame Image { get; } = image;

    public void Prepare(VideoFrame frame, CoarseFrame coarse) => BackgroundFor(frame.Format);

    public void ComposeRows(VideoFrame frame, AlphaMask mask)
    {
        CompositorChecks.SameSize(frame, mask);
        VideoFrame background = BackgroundFor(frame.Format);
        ReadOnlySpan<byte> luma = mask.Luma.AsSpan(0, mask.RowCount * mask.Width);
        ReadOnlySpan<byte> chroma = mask.Chroma.AsSpan(0, mask.ChromaRowCount * mask.Format.ChromaWidth);
        Blend.Plane(CompositorChecks.LumaBand(frame.Y, mask), CompositorChecks.LumaBand(background.Y, mask), luma);
        Blend.Plane(CompositorChecks.ChromaBand(frame.U, mask), CompositorChecks.ChromaBand(background.U, mask), chroma);
        Blend.Plane(CompositorChecks.ChromaBand(frame.V, mask), CompositorChecks.ChromaBand(background.V, mask), chroma);
    }

    public void Dispose()
    {
        Image.Dispose();
        _background?.Dispose();
    }

    private VideoFrame BackgroundFor(FrameFormat format)
    {
        if (_background is { } existing && existing.Width == format.Width && existing.Height == format.Height)
            return existing;
        _background?.Dispose();
        var scaled = VideoFrame.Allocate(format);
        BackgroundScaler.Cover(Image, scaled);
        return _background = scaled;
    }
}
