namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int CastTypeInfoToTensorInfoIndex = 55;

    /// <summary>OrtApi::CastTypeInfoToTensorInfo: 0 when the type is not a tensor; owned by the type info.</summary>
    private static nint CastTypeInfoToTensorInfo(nint typeInfo)
    {
        var castTypeInfoToTensorInfo = (delegate* unmanaged<nint, nint*, nint>)Function(CastTypeInfoToTensorInfoIndex);
        nint tensorInfo;
        ThrowIfFailed(castTypeInfoToTensorInfo(typeInfo, &tensorInfo));
        return tensorInfo;
    }
}
