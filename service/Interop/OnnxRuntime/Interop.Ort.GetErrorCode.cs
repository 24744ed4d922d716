namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int GetErrorCodeIndex = 1;

    /// <summary>OrtApi::GetErrorCode.</summary>
    private static OrtErrorCode GetErrorCode(nint status) =>
        ((delegate* unmanaged<nint, OrtErrorCode>)Function(GetErrorCodeIndex))(status);
}
