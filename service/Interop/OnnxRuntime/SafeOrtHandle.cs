using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

/// <summary>An owned ONNX Runtime object, released exactly once by its Release function.</summary>
internal abstract class SafeOrtHandle : SafeHandle
{
    protected SafeOrtHandle(nint handle) : base(0, ownsHandle: true) => SetHandle(handle);

    public override bool IsInvalid => handle == 0;
}
