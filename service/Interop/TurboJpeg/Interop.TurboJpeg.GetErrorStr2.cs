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

    /// <summary>
    /// Whether the last error text of <paramref name="handle"/> contains <paramref name="fragment"/>,
    /// read in place (no string is made, so checking costs no allocation).
    /// </summary>
    internal static unsafe bool ErrorContains(SafeTurboJpegHandle handle, ReadOnlySpan<byte> fragment)
    {
        byte* text = (byte*)GetErrorStr2Raw(handle.DangerousGetHandle());
        return text is not null && MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text).IndexOf(fragment) >= 0;
    }
}
