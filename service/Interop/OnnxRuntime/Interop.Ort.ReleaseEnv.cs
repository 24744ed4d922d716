namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int ReleaseEnvIndex = 92;

    /// <summary>OrtApi::ReleaseEnv.</summary>
    internal static void ReleaseEnv(nint env) =>
        ((delegate* unmanaged<nint, void>)Function(ReleaseEnvIndex))(env);
}
