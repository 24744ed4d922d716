using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class Png
{
    [LibraryImport(Libraries.Png, EntryPoint = "png_image_free")]
    private static unsafe partial void ImageFreeRaw(PngImage* image);

    /// <summary>Releases what libpng holds for the image; safe to call again or after a failed call.</summary>
    internal static unsafe void ImageFree(PngImage* image) => ImageFreeRaw(image);
}
