namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SetInterOpNumThreadsIndex = 25;

    /// <summary>OrtApi::SetInterOpNumThreads.</summary>
    internal static void SetInterOpNumThreads(SafeOrtSessionOptionsHandle options, int threads)
    {
        var setInterOpNumThreads = (delegate* unmanaged<nint, int, nint>)Function(SetInterOpNumThreadsIndex);
        using var lease = new SafeHandleLease(options);
        ThrowIfFailed(setInterOpNumThreads(lease.Pointer, threads));
    }
}
