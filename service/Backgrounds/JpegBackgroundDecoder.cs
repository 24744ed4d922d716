using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>
/// JPEG (any subsampling, greyscale, progressive) through TurboJPEG to RGBA, turned upright by its Exif
/// orientation, then the same conversion as the other formats. RGBA rather than planar YUV because TurboJPEG
/// pads the YUV planes of odd-sized images to whole chroma samples, while packed pixels are written at exactly
/// the header's size: the buffer is allocated from that size, so a header that lies about it leaves the data
/// short, which is refused, and never overruns.
/// </summary>
internal static class JpegBackgroundDecoder
{
    public static VideoFrame Decode(ReadOnlySpan<byte> jpeg)
    {
        using SafeTurboJpegHandle decoder = TurboJpeg.InitDecompress();
        if (!TurboJpeg.TryDecompressHeader(decoder, jpeg, out int width, out int height, out _))
            throw Corrupt(decoder);
        BackgroundImageLimits.CheckDimensions(BackgroundImageFormat.Jpeg, width, height);

        using var pixels = new RgbaPixels(width, height);
        if (!TurboJpeg.Decompress(decoder, jpeg, pixels.Span, width, pixels.Stride, height, TurboJpeg.TJPF_RGBA, TurboJpeg.TJFLAG_LIMITSCANS))
            throw Corrupt(decoder);
        using RgbaPixels upright = RgbaOrientation.Apply(pixels, ExifOrientation.Read(jpeg));
        return BackgroundFrames.FromRgba(upright);
    }

    private static BackgroundImageException Corrupt(SafeTurboJpegHandle decoder) => new(
        BackgroundImageError.UnsupportedFormat,
        $"The JPEG image is damaged, truncated or of a kind not supported (TurboJPEG: {TurboJpeg.GetErrorString(decoder)}). "
        + "Save it again as a standard JPEG or choose another image.");
}
