using Microsoft.Win32.SafeHandles;

namespace Fakecam.Interop;

/// <summary>An owned Unix file descriptor, closed exactly once.</summary>
public sealed class SafeFileDescriptor : SafeHandleMinusOneIsInvalid
{
    public SafeFileDescriptor() : base(ownsHandle: true) { }

    public SafeFileDescriptor(int fd, bool ownsHandle = true) : base(ownsHandle) => SetHandle(fd);

    public int Fd => (int)handle;

    protected override bool ReleaseHandle() => Libc.Close((int)handle) == 0;
}
