namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SessionGetInputCountIndex = 30;

    /// <summary>OrtApi::SessionGetInputCount.</summary>
    internal static int SessionGetInputCount(SafeOrtSessionHandle session)
    {
        var sessionGetInputCount = (delegate* unmanaged<nint, nuint*, nint>)Function(SessionGetInputCountIndex);
        using var lease = new SafeHandleLease(session);
        nuint count;
        ThrowIfFailed(sessionGetInputCount(lease.Pointer, &count));
        return checked((int)count);
    }
}
