using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class WebP
{
    [LibraryImport(Libraries.WebP, EntryPoint = "WebPDecodeRGBAInto")]
    private static unsafe partial byte* DecodeRgbaIntoRaw(byte* data, nuint dataSize, byte* output, nuint outputSize, int outputStride);

    /// <summary>
    /// Decodes a still WebP into RGBA rows of <paramref name="outputStride"/> bytes. libwebp checks that the
    /// image fits <paramref name="output"/>. Returns false when the data is invalid, truncated or animated.
    /// </summary>
    internal static unsafe bool TryDecodeRgbaInto(ReadOnlySpan<byte> data, Span<byte> output, int outputStride)
    {
        fixed (byte* input = data)
        fixed (byte* destination = output)
            return DecodeRgbaIntoRaw(input, (nuint)data.Length, destination, (nuint)output.Length, outputStride) != null;
    }
}
