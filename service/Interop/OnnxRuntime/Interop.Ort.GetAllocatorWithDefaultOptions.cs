namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int GetAllocatorWithDefaultOptionsIndex = 78;

    /// <summary>OrtApi::GetAllocatorWithDefaultOptions: the process-wide CPU allocator, never released.</summary>
    private static nint GetAllocatorWithDefaultOptions()
    {
        var getAllocator = (delegate* unmanaged<nint*, nint>)Function(GetAllocatorWithDefaultOptionsIndex);
        nint allocator;
        ThrowIfFailed(getAllocator(&allocator));
        return allocator;
    }
}
