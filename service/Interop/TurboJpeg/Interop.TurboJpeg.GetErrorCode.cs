using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjGetErrorCode")]
    private static partial int GetErrorCodeRaw(SafeTurboJpegHandle handle);

    /// <summary>Whether the last failure of <paramref name="handle"/> was only a warning (TJERR_WARNING).</summary>
    internal static bool LastErrorIsWarning(SafeTurboJpegHandle handle) => GetErrorCodeRaw(handle) == TJERR_WARNING;
}
