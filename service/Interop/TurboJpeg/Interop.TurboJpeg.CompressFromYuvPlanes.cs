using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjCompressFromYUVPlanes")]
    private static unsafe partial int CompressFromYuvPlanesRaw(
        SafeTurboJpegHandle handle, byte** planes, int width, int* strides, int height, int subsampling,
        byte** jpeg, nuint* jpegSize, int quality, int flags);

    /// <summary>
    /// Encodes Y, Cb, Cr planes into <paramref name="destination"/>, which must hold <see cref="BufferSize"/> bytes
    /// (TurboJPEG is told never to reallocate it). Returns the JPEG's length, or -1 on failure.
    /// </summary>
    internal static unsafe int CompressFromYuvPlanes(
        SafeTurboJpegHandle handle, byte** planes, int* strides, int width, int height, int subsampling,
        Span<byte> destination, int quality, int flags)
    {
        fixed (byte* d = destination)
        {
            byte* jpeg = d;
            nuint size = (nuint)destination.Length;
            int result = CompressFromYuvPlanesRaw(
                handle, planes, width, strides, height, subsampling, &jpeg, &size, quality, flags | TJFLAG_NOREALLOC);
            return result == 0 ? (int)size : -1;
        }
    }
}
