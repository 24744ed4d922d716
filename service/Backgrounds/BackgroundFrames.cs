using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>The I420 frame a background picture becomes: its own size rounded down to even.</summary>
internal static class BackgroundFrames
{
    public static FrameFormat FormatFor(int width, int height) => new(width & ~1, height & ~1, 0, 1);

    public static VideoFrame FromRgba(RgbaPixels pixels)
    {
        VideoFrame frame = VideoFrame.Allocate(FormatFor(pixels.Width, pixels.Height));
        RgbaToI420.Convert(pixels.Span, pixels.Stride, frame);
        return frame;
    }
}
