using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

/// <summary>The simple decoding API of libwebp (webp/decode.h).</summary>
internal static partial class WebP
{
    [LibraryImport(Libraries.WebP, EntryPoint = "WebPGetInfo")]
    private static unsafe partial int GetInfoRaw(byte* data, nuint dataSize, int* width, int* height);

    /// <summary>Reads the canvas size from the WebP headers without decoding. Returns false if they are invalid.</summary>
    internal static unsafe bool TryGetInfo(ReadOnlySpan<byte> data, out int width, out int height)
    {
        int w, h;
        fixed (byte* p = data)
        {
            bool valid = GetInfoRaw(p, (nuint)data.Length, &w, &h) != 0;
            width = valid ? w : 0;
            height = valid ? h : 0;
            return valid;
        }
    }
}
