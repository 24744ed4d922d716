using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjInitCompress")]
    private static partial SafeTurboJpegHandle InitCompressRaw();

    internal static SafeTurboJpegHandle InitCompress()
    {
        SafeTurboJpegHandle handle = InitCompressRaw();
        if (handle.IsInvalid)
            throw new InvalidOperationException($"tjInitCompress failed: {GetErrorString(null)}");
        return handle;
    }
}
