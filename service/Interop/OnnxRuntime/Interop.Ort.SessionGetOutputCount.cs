namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SessionGetOutputCountIndex = 31;

    /// <summary>OrtApi::SessionGetOutputCount.</summary>
    internal static int SessionGetOutputCount(SafeOrtSessionHandle session)
    {
        var sessionGetOutputCount = (delegate* unmanaged<nint, nuint*, nint>)Function(SessionGetOutputCountIndex);
        using var lease = new SafeHandleLease(session);
        nuint count;
        ThrowIfFailed(sessionGetOutputCount(lease.Pointer, &count));
        return checked((int)count);
    }
}
