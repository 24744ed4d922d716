namespace Fakecam.Daemon.Interop;

/// <summary>An owned OrtSessionOptions: options a session is created with.</summary>
internal sealed class SafeOrtSessionOptionsHandle : SafeOrtHandle
{
    internal SafeOrtSessionOptionsHandle(nint handle) : base(handle) { }

    protected override bool ReleaseHandle()
    {
        Ort.ReleaseSessionOptions(handle);
        return true;
    }
}
