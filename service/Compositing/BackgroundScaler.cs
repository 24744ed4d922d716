using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Compositing;

/// <summary>
/// Scales an I420 image of any size to "cover" a frame: scaled by the same factor on both axes until it
/// fills the frame, centred, the overflow cropped (as a desktop wallpaper set to fill). Area filtered when
/// shrinking, bilinear when enlarging. Meant to run once per background and format, not per frame.
/// </summary>
public static class BackgroundScaler
{
    public static void Cover(VideoFrame image, VideoFrame destination)
    {
        double scale = Math.Max((double)destination.Width / image.Width, (double)destination.Height / image.Height);
        double usedWidth = destination.Width / scale;
        double usedHeight = destination.Height / scale;
        double left = (image.Width - usedWidth) / 2;
        double top = (image.Height - usedHeight) / 2;

        ScalePlane(image.Y, image.LumaStride, image.Width, image.Height, left, top, usedWidth, usedHeight,
            destination.Y, destination.Width, destination.Height);
        // A chroma sample covers 2×2 luma pixels; an odd destination's last chroma column reaches half a pixel past it.
        double chromaWidth = usedWidth / 2 * (2.0 * destination.Format.ChromaWidth / destination.Width);
        double chromaHeight = usedHeight / 2 * (2.0 * destination.Format.ChromaHeight / destination.Height);
        ScalePlane(image.U, image.ChromaStride, image.Format.ChromaWidth, image.Format.ChromaHeight, left / 2, top / 2,
            chromaWidth, chromaHeight, destination.U, destination.Format.ChromaWidth, destination.Format.ChromaHeight);
        ScalePlane(image.V, image.ChromaStride, image.Format.ChromaWidth, image.Format.ChromaHeight, left / 2, top / 2,
            chromaWidth, chromaHeight, destination.V, destination.Format.ChromaWidth, destination.Format.ChromaHeight);
    }

    private static void ScalePlane(ReadOnlySpan<byte> source, int stride, int sourceWidth, int sourceHeight, double left, double top,
        double usedWidth, double usedHeight, Span<byte> destination, int width, int height)
    {
        var resampler = new PlaneResampler(
            ResamplingTaps.Create(sourceWidth, left, usedWidth, width),
            ResamplingTaps.Create(sourceHeight, top, usedHeight, height));
        var result = new float[width * height];
        resampler.Resample(source, stride, result);
        WeightedRows.RoundToBytes(result, destination);
    }
}
