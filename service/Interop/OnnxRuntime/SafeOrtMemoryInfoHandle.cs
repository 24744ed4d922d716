namespace Fakecam.Daemon.Interop;

/// <summary>An owned OrtMemoryInfo: where tensor memory lives (the CPU here).</summary>
internal sealed class SafeOrtMemoryInfoHandle : SafeOrtHandle
{
    internal SafeOrtMemoryInfoHandle(nint handle) : base(handle) { }

    protected override bool ReleaseHandle()
    {
        Ort.ReleaseMemoryInfo(handle);
        return true;
    }
}
