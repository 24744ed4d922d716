namespace Fakecam.Daemon.Interop;

/// <summary>An owned OrtSession: a loaded model, ready to run.</summary>
internal sealed class SafeOrtSessionHandle : SafeOrtHandle
{
    internal SafeOrtSessionHandle(nint handle) : base(handle) { }

    protected override bool ReleaseHandle()
    {
        Ort.ReleaseSession(handle);
        return true;
    }
}
