namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int ReleaseMemoryInfoIndex = 94;

    /// <summary>OrtApi::ReleaseMemoryInfo.</summary>
    internal static void ReleaseMemoryInfo(nint memoryInfo) =>
        ((delegate* unmanaged<nint, void>)Function(ReleaseMemoryInfoIndex))(memoryInfo);
}
