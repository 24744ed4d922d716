namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int ReleaseValueIndex = 96;

    /// <summary>OrtApi::ReleaseValue.</summary>
    internal static void ReleaseValue(nint value) =>
        ((delegate* unmanaged<nint, void>)Function(ReleaseValueIndex))(value);
}
