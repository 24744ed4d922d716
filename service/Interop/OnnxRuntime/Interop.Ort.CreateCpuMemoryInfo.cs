namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int CreateCpuMemoryInfoIndex = 69;

    /// <summary>OrtApi::CreateCpuMemoryInfo: describes ordinary CPU memory, e.g. a pinned managed array.</summary>
    internal static SafeOrtMemoryInfoHandle CreateCpuMemoryInfo()
    {
        var createCpuMemoryInfo = (delegate* unmanaged<AllocatorType, MemoryType, nint*, nint>)Function(CreateCpuMemoryInfoIndex);
        nint memoryInfo;
        ThrowIfFailed(createCpuMemoryInfo(AllocatorType.Device, MemoryType.Default, &memoryInfo));
        return new SafeOrtMemoryInfoHandle(memoryInfo);
    }
}
