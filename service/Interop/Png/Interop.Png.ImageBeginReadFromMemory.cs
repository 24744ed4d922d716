using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class Png
{
    [LibraryImport(Libraries.Png, EntryPoint = "png_image_begin_read_from_memory")]
    private static unsafe partial int ImageBeginReadFromMemoryRaw(PngImage* image, byte* memory, nuint size);

    /// <summary>
    /// Reads the PNG header (size, format) from memory without decoding pixels. libpng keeps
    /// <paramref name="memory"/>: it must stay pinned until <see cref="ImageFree"/>.
    /// Returns false with the reason in <see cref="PngImage.MessageText"/>.
    /// </summary>
    internal static unsafe bool ImageBeginReadFromMemory(PngImage* image, byte* memory, nuint size) =>
        ImageBeginReadFromMemoryRaw(image, memory, size) != 0;
}
