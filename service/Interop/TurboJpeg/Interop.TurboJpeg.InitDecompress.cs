using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjInitDecompress")]
    private static partial SafeTurboJpegHandle InitDecompressRaw();

    internal static SafeTurboJpegHandle InitDecompress()
    {
        SafeTurboJpegHandle handle = InitDecompressRaw();
        if (handle.IsInvalid)
            throw new InvalidOperationException($"tjInitDecompress failed: {GetErrorString(null)}");
        return handle;
    }
}
