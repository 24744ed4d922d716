using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Compositing;

/// <summary>
/// Background kind "image": a still image behind the person. The image (any size, I420) is scaled to cover
/// the frame once per frame format, then each frame is one blend per plane. The compositor owns the image
/// and disposes it.
/// </summary>
public sealed class ImageCompositor(VideoFrame image) : ICompositor
{
    private VideoFrame? _background;

    /// <summary>The image as given, before scaling.</summary>
    public VideoFrame Image { get; } = image;

    public void Compose(VideoFrame frame, AlphaMask mask, CoarseFrame coarse)
    {
        CompositorChecks.SameSize(frame, mask);
        VideoFrame background = BackgroundFor(frame.Format);
        Blend.Plane(frame.Y, background.Y, mask.Luma);
        Blend.Plane(frame.U, background.U, mask.Chroma);
        Blend.Plane(frame.V, background.V, mask.Chroma);
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
