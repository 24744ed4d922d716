namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SetSessionGraphOptimizationLevelIndex = 23;

    /// <summary>OrtApi::SetSessionGraphOptimizationLevel.</summary>
    internal static void SetSessionGraphOptimizationLevel(SafeOrtSessionOptionsHandle options, GraphOptimizationLevel level)
    {
        var setSessionGraphOptimizationLevel = (delegate* unmanaged<nint, GraphOptimizationLevel, nint>)Function(SetSessionGraphOptimizationLevelIndex);
        using var lease = new SafeHandleLease(options);
        ThrowIfFailed(setSessionGraphOptimizationLevel(lease.Pointer, level));
    }
}
