using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class Png
{
    [LibraryImport(Libraries.Png, EntryPoint = "png_image_finish_read")]
    private static unsafe partial int ImageFinishReadRaw(PngImage* image, void* background, byte* buffer, int rowStride, void* colormap);

    /// <summary>
    /// Decodes the image begun by <see cref="ImageBeginReadFromMemory"/> into <paramref name="buffer"/> in the
    /// format set in <see cref="PngImage.Format"/>; <paramref name="rowStride"/> counts components, not bytes.
    /// Returns false with the reason in <see cref="PngImage.MessageText"/>.
    /// </summary>
    internal static unsafe bool ImageFinishRead(PngImage* image, byte* buffer, int rowStride) =>
        ImageFinishReadRaw(image, background: null, buffer, rowStride, colormap: null) != 0;
}
