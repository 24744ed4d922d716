using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>Still WebP (lossy or lossless, with or without alpha) through libwebp.</summary>
internal static class WebPBackgroundDecoder
{
    private const int VP8XFlagsOffset = 20;
    private const byte VP8XAnimationFlag = 0x02;

    public static VideoFrame Decode(ReadOnlySpan<byte> webp)
    {
        if (IsAnimated(webp))
        {
            throw new BackgroundImageException(
                BackgroundImageError.UnsupportedFormat,
                "The WebP image is animated. Set it as a video background, or choose a still image.");
        }
        if (!WebP.TryGetInfo(webp, out int width, out int height))
            throw Corrupt("its headers are invalid");
        BackgroundImageLimits.CheckDimensions(BackgroundImageFormat.WebP, width, height);

        using var pixels = new RgbaPixels(width, height);
        if (!WebP.TryDecodeRgbaInto(webp, pixels.Span, pixels.Stride))
            throw Corrupt("libwebp could not decode it");
        return BackgroundFrames.FromRgba(pixels);
    }

    /// <summary>The extended format's VP8X chunk, when it is first, carries an animation flag.</summary>
    private static bool IsAnimated(ReadOnlySpan<byte> webp) =>
        webp.Length > VP8XFlagsOffset && webp[12..16].SequenceEqual("VP8X"u8) && (webp[VP8XFlagsOffset] & VP8XAnimationFlag) != 0;

    private static BackgroundImageException Corrupt(string reason) => new(
        BackgroundImageError.UnsupportedFormat,
        $"The WebP image is damaged or truncated ({reason}). Save it again or choose another image.");
}
