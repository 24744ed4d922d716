namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SessionGetOutputTypeInfoIndex = 34;

    /// <summary>OrtApi::SessionGetOutputTypeInfo. The caller releases the OrtTypeInfo* with <see cref="ReleaseTypeInfo"/>.</summary>
    private static nint SessionGetOutputTypeInfo(SafeOrtSessionHandle session, int index)
    {
        var sessionGetOutputTypeInfo = (delegate* unmanaged<nint, nuint, nint*, nint>)Function(SessionGetOutputTypeInfoIndex);
        using var lease = new SafeHandleLease(session);
        nint typeInfo;
        ThrowIfFailed(sessionGetOutputTypeInfo(lease.Pointer, (nuint)index, &typeInfo));
        return typeInfo;
    }
}
