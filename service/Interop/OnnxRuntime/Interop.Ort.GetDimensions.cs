namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int GetDimensionsIndex = 62;

    /// <summary>OrtApi::GetDimensions: -1 marks a dimension the model leaves free (e.g. the batch).</summary>
    private static void GetDimensions(nint tensorInfo, Span<long> dimensions)
    {
        var getDimensions = (delegate* unmanaged<nint, long*, nuint, nint>)Function(GetDimensionsIndex);
        fixed (long* values = dimensions)
            ThrowIfFailed(getDimensions(tensorInfo, values, (nuint)dimensions.Length));
    }
}
