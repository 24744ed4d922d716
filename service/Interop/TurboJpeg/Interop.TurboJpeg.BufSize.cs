using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjBufSize")]
    private static partial nuint BufSizeRaw(int width, int height, int subsampling);

    /// <summary>The worst-case size of a JPEG of this size and subsampling.</summary>
    internal static int BufferSize(int width, int height, int subsampling)
    {
        nuint size = BufSizeRaw(width, height, subsampling);
        if (size == unchecked((nuint)(-1)) || size > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(width), $"No JPEG buffer size for {width}x{height}.");
        return (int)size;
    }
}
