using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>PNG (any colour type, depth or interlacing) through libpng's simplified API.</summary>
internal static class PngBackgroundDecoder
{
    public static unsafe VideoFrame Decode(ReadOnlySpan<byte> png)
    {
        Png.PngImage image = Png.PngImage.ForReading();
        fixed (byte* data = png)
        {
            try
            {
                if (!Png.ImageBeginReadFromMemory(&image, data, (nuint)png.Length))
                    throw Corrupt(image);
                BackgroundImageLimits.CheckDimensions(BackgroundImageFormat.Png, image.Width, image.Height);

                using var pixels = new RgbaPixels((int)image.Width, (int)image.Height);
                image.Format = Png.PNG_FORMAT_RGBA;
                fixed (byte* rgba = pixels.Span)
                {
                    if (!Png.ImageFinishRead(&image, rgba, pixels.Width * RgbaPixels.BytesPerPixel))
                        throw Corrupt(image);
                }
                return BackgroundFrames.FromRgba(pixels);
            }
            finally
            {
                Png.ImageFree(&image);
            }
        }
    }

    private static BackgroundImageException Corrupt(in Png.PngImage image) => new(
        BackgroundImageError.UnsupportedFormat,
        $"The PNG image is damaged or truncated (libpng: {image.MessageText}). Save it again or choose another image.");
}
