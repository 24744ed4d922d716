using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int GetErrorMessageIndex = 2;

    /// <summary>OrtApi::GetErrorMessage, copied out (the text belongs to the status).</summary>
    private static string GetErrorMessage(nint status)
    {
        byte* message = ((delegate* unmanaged<nint, byte*>)Function(GetErrorMessageIndex))(status);
        return Marshal.PtrToStringUTF8((nint)message) ?? "";
    }
}
