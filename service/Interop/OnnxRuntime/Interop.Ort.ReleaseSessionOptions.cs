namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int ReleaseSessionOptionsIndex = 100;

    /// <summary>OrtApi::ReleaseSessionOptions.</summary>
    internal static void ReleaseSessionOptions(nint sessionOptions) =>
        ((delegate* unmanaged<nint, void>)Function(ReleaseSessionOptionsIndex))(sessionOptions);
}
