using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjGetErrorStr2")]
    private static partial nint GetErrorStr2Raw(nint handle);

    /// <summary>The last error of <paramref name="handle"/>, or the last global error when it is null.</summary>
    internal static string GetErrorString(SafeTurboJpegHandle? handle)
    {
        nint text = GetErrorStr2Raw(handle is null ? 0 : handle.DangerousGetHandle());
        return Marshal.PtrToStringUTF8(text) ?? "unknown TurboJPEG error";
    }
}
