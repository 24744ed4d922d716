using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Fakecam.Daemon.Interop;

internal static partial class Ort
{
    /// <summary>Turns a non-null OrtStatus* into an <see cref="OnnxRuntimeException"/>, releasing the status.</summary>
    private static void ThrowIfFailed(nint status)
    {
        if (status != 0)
            ThrowFromStatus(status);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowFromStatus(nint status)
    {
        OrtErrorCode code = GetErrorCode(status);
        string message = GetErrorMessage(status);
        ReleaseStatus(status);
        throw new OnnxRuntimeException(code, message);
    }
}
