namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SessionGetInputTypeInfoIndex = 33;

    /// <summary>OrtApi::SessionGetInputTypeInfo. The caller releases the OrtTypeInfo* with <see cref="ReleaseTypeInfo"/>.</summary>
    private static nint SessionGetInputTypeInfo(SafeOrtSessionHandle session, int index)
    {
        var sessionGetInputTypeInfo = (delegate* unmanaged<nint, nuint, nint*, nint>)Function(SessionGetInputTypeInfoIndex);
        using var lease = new SafeHandleLease(session);
        nint typeInfo;
        ThrowIfFailed(sessionGetInputTypeInfo(lease.Pointer, (nuint)index, &typeInfo));
        return typeInfo;
    }
}
