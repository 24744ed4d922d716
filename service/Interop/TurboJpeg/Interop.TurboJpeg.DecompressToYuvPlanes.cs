using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjDecompressToYUVPlanes")]
    private static unsafe partial int DecompressToYuvPlanesRaw(
        SafeTurboJpegHandle handle, byte* jpeg, nuint jpegSize, byte** planes, int width, int* strides, int height, int flags);

    /// <summary>
    /// Decodes at full size into Y, Cb, Cr planes (only Y for grayscale) with the JPEG's own subsampling.
    /// Returns false on failure; <see cref="LastErrorIsWarning"/> then tells a damaged image from an unreadable one.
    /// </summary>
    internal static unsafe bool DecompressToYuvPlanes(
        SafeTurboJpegHandle handle, ReadOnlySpan<byte> jpeg, byte** planes, int* strides, int width, int height, int flags)
    {
        fixed (byte* p = jpeg)
            return DecompressToYuvPlanesRaw(handle, p, (nuint)jpeg.Length, planes, width, strides, height, flags) == 0;
    }
}
