using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Compositing;

/// <summary>Makes the compositor for a background choice at a frame size.</summary>
public static class Compositors
{
    public static ICompositor Create(BackgroundSpec spec, FrameFormat format) => spec.Kind switch
    {
        BackgroundKind.Blur => new BlurCompositor(spec.BlurStrength),
        BackgroundKind.Color => new ColorCompositor(YuvColor.Parse(spec.Color)),
        BackgroundKind.Image => ForImage(BackgroundImageLoader.Load(spec.ImagePath!), format),
        _ => new PassThroughCompositor(),
    };

    /// <summary>Scales (cover: fill the frame, crop the overflow) a decoded image once, for every frame after.</summary>
    public static ICompositor ForImage(VideoFrame image, FrameFormat format)
    {
        VideoFrame scaled = VideoFrame.Allocate(format);
        BackgroundScaler.Cover(image, scaled);
        return new ImageCompositor(scaled);
    }
}
