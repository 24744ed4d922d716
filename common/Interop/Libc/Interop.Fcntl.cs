using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    public const int F_DUPFD_CLOEXEC = 1030;

    [LibraryImport(Libraries.Libc, EntryPoint = "fcntl", SetLastError = true)]
    private static partial int FcntlRaw(int fd, int command, int argument);

    /// <summary>Duplicates a descriptor someone else owns into one we own (close-on-exec).</summary>
    public static SafeFileDescriptor DuplicateFd(int fd)
    {
        int copy = FcntlRaw(fd, F_DUPFD_CLOEXEC, 3);
        if (copy < 0)
            throw LastError("fcntl(F_DUPFD_CLOEXEC)");
        return new SafeFileDescriptor(copy);
    }
}
