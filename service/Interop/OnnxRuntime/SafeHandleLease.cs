using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

/// <summary>Keeps a handle from being released while its raw value is in use by a native call.</summary>
internal readonly ref struct SafeHandleLease
{
    private readonly SafeHandle _handle;

    public SafeHandleLease(SafeHandle handle)
    {
        bool added = false;
        handle.DangerousAddRef(ref added);
        _handle = handle;
        Pointer = handle.DangerousGetHandle();
    }

    public nint Pointer { get; }

    public void Dispose() => _handle.DangerousRelease();
}
