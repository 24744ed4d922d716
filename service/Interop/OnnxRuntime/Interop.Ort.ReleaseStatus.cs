namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int ReleaseStatusIndex = 93;

    /// <summary>OrtApi::ReleaseStatus.</summary>
    private static void ReleaseStatus(nint status) =>
        ((delegate* unmanaged<nint, void>)Function(ReleaseStatusIndex))(status);
}
