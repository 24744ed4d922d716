using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjDecompressHeader3")]
    private static unsafe partial int DecompressHeader3Raw(
        SafeTurboJpegHandle handle, byte* jpeg, nuint jpegSize, int* width, int* height, int* subsampling, int* colorspace);

    /// <summary>Reads size and chroma subsampling from a JPEG's headers. Returns false if they cannot be parsed.</summary>
    internal static unsafe bool TryDecompressHeader(
        SafeTurboJpegHandle handle, ReadOnlySpan<byte> jpeg, out int width, out int height, out int subsampling)
    {
        int w, h, s, colorspace;
        fixed (byte* p = jpeg)
        {
            int result = DecompressHeader3Raw(handle, p, (nuint)jpeg.Length, &w, &h, &s, &colorspace);
            width = w;
            height = h;
            subsampling = s;
            return result == 0;
        }
    }
}
