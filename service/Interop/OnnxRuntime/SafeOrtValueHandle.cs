namespace Fakecam.Daemon.Interop;

/// <summary>An owned OrtValue: a tensor (here always over a buffer the caller owns and keeps pinned).</summary>
internal sealed class SafeOrtValueHandle : SafeOrtHandle
{
    internal SafeOrtValueHandle(nint handle) : base(handle) { }

    protected override bool ReleaseHandle()
    {
        Ort.ReleaseValue(handle);
        return true;
    }
}
