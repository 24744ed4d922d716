namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SetIntraOpNumThreadsIndex = 24;

    /// <summary>OrtApi::SetIntraOpNumThreads.</summary>
    internal static void SetIntraOpNumThreads(SafeOrtSessionOptionsHandle options, int threads)
    {
        var setIntraOpNumThreads = (delegate* unmanaged<nint, int, nint>)Function(SetIntraOpNumThreadsIndex);
        using var lease = new SafeHandleLease(options);
        ThrowIfFailed(setIntraOpNumThreads(lease.Pointer, threads));
    }
}
