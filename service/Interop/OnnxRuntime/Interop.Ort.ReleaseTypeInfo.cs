namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int ReleaseTypeInfoIndex = 98;

    /// <summary>OrtApi::ReleaseTypeInfo.</summary>
    internal static void ReleaseTypeInfo(nint typeInfo) =>
        ((delegate* unmanaged<nint, void>)Function(ReleaseTypeInfoIndex))(typeInfo);
}
