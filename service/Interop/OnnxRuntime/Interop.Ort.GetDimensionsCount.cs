namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int GetDimensionsCountIndex = 61;

    /// <summary>OrtApi::GetDimensionsCount: the rank of a tensor type.</summary>
    private static int GetDimensionsCount(nint tensorInfo)
    {
        var getDimensionsCount = (delegate* unmanaged<nint, nuint*, nint>)Function(GetDimensionsCountIndex);
        nuint count;
        ThrowIfFailed(getDimensionsCount(tensorInfo, &count));
        return checked((int)count);
    }
}
