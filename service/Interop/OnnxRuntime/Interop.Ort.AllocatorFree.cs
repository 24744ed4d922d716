namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int AllocatorFreeIndex = 76;

    /// <summary>OrtApi::AllocatorFree.</summary>
    private static void AllocatorFree(nint allocator, void* memory)
    {
        var allocatorFree = (delegate* unmanaged<nint, void*, nint>)Function(AllocatorFreeIndex);
        ThrowIfFailed(allocatorFree(allocator, memory));
    }
}
