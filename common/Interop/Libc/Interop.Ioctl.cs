using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    [LibraryImport(Libraries.Libc, EntryPoint = "ioctl", SetLastError = true)]
    private static unsafe partial int IoctlRaw(int fd, nuint request, void* argument);

    /// <summary>ioctl(2) with a pointer argument, retrying on EINTR. Returns false with errno set on failure.</summary>
    public static unsafe bool TryIoctl(SafeFileDescriptor fd, nuint request, void* argument, out int errno)
    {
        bool added = false;
        fd.DangerousAddRef(ref added);
        try
        {
            while (true)
            {
                if (IoctlRaw(fd.Fd, request, argument) >= 0)
                {
                    errno = 0;
                    return true;
                }
                errno = Marshal.GetLastPInvokeError();
                if (errno != EINTR)
                    return false;
            }
        }
        finally
        {
            if (added)
                fd.DangerousRelease();
        }
    }

    /// <summary>ioctl(2) with a pointer argument; throws a <see cref="NativeCallException"/> naming the request.</summary>
    public static unsafe void Ioctl(SafeFileDescriptor fd, nuint request, void* argument, string name)
    {
        if (!TryIoctl(fd, request, argument, out int errno))
            throw new NativeCallException(name, errno);
    }
}
