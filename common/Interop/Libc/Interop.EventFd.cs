using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    public const int EFD_CLOEXEC = 0x80000;
    public const int EFD_NONBLOCK = 0x800;

    [LibraryImport(Libraries.Libc, EntryPoint = "eventfd", SetLastError = true)]
    private static partial int EventFdRaw(uint initialValue, int flags);

    public static SafeFileDescriptor EventFd(int flags)
    {
        int fd = EventFdRaw(0, flags | EFD_CLOEXEC);
        if (fd < 0)
            throw LastError("eventfd");
        return new SafeFileDescriptor(fd);
    }
}
