using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    public const int O_RDONLY = 0x0;
    public const int O_WRONLY = 0x1;
    public const int O_RDWR = 0x2;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;

    [LibraryImport(Libraries.Libc, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenRaw(string path, int flags, int mode);

    /// <summary>Opens a path with O_CLOEXEC added, retrying on EINTR.</summary>
    public static SafeFileDescriptor Open(string path, int flags)
    {
        while (true)
        {
            int fd = OpenRaw(path, flags | O_CLOEXEC, 0);
            if (fd >= 0)
                return new SafeFileDescriptor(fd);
            if (Marshal.GetLastPInvokeError() != EINTR)
                throw LastError($"open {path}");
        }
    }
}
