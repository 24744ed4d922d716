using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    // enum TJPF
    internal const int TJPF_RGBA = 7;

    /// <summary>Refuse progressive JPEGs of more than 500 scans, which can take minutes of CPU to decode.</summary>
    internal const int TJFLAG_LIMITSCANS = 32768;

    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjDecompress2")]
    private static unsafe partial int Decompress2Raw(
        SafeTurboJpegHandle handle, byte* jpeg, nuint jpegSize, byte* destination, int width, int pitch, int height, int pixelFormat, int flags);

    /// <summary>
    /// Decodes at full size into packed pixels of <paramref name="pixelFormat"/> (TJPF), rows <paramref name="pitch"/> bytes
    /// apart; writes exactly <paramref name="width"/>×<paramref name="height"/> pixels whatever the subsampling.
    /// Returns false on failure; <see cref="LastErrorIsWarning"/> then tells a damaged image from an unreadable one.
    /// </summary>
    internal static unsafe bool Decompress(
        SafeTurboJpegHandle handle, ReadOnlySpan<byte> jpeg, Span<byte> destination, int width, int pitch, int height, int pixelFormat, int flags)
    {
        if ((long)pitch * height > destination.Length)
            throw new ArgumentException("The destination is smaller than pitch × height.", nameof(destination));
        fixed (byte* source = jpeg)
        fixed (byte* pixels = destination)
            return Decompress2Raw(handle, source, (nuint)jpeg.Length, pixels, width, pitch, height, pixelFormat, flags) == 0;
    }
}
