namespace Fakecam.Daemon.Interop;

/// <summary>An owned OrtEnv: the process-wide ONNX Runtime environment (logging, thread pools).</summary>
internal sealed class SafeOrtEnvHandle : SafeOrtHandle
{
    internal SafeOrtEnvHandle(nint handle) : base(handle) { }

    protected override bool ReleaseHandle()
    {
        Ort.ReleaseEnv(handle);
        return true;
    }
}
