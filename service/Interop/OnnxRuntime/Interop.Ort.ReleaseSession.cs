namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int ReleaseSessionIndex = 95;

    /// <summary>OrtApi::ReleaseSession.</summary>
    internal static void ReleaseSession(nint session) =>
        ((delegate* unmanaged<nint, void>)Function(ReleaseSessionIndex))(session);
}
