using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    public const int PROT_READ = 0x1;
    public const int PROT_WRITE = 0x2;
    public const int MAP_SHARED = 0x01;

    [LibraryImport(Libraries.Libc, EntryPoint = "mmap", SetLastError = true)]
    private static unsafe partial void* MmapRaw(void* address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport(Libraries.Libc, EntryPoint = "munmap", SetLastError = true)]
    private static unsafe partial int MunmapRaw(void* address, nuint length);

    public static unsafe void* Mmap(SafeFileDescriptor fd, nuint length, int protection, long offset)
    {
        void* p = MmapRaw(null, length, protection, MAP_SHARED, fd.Fd, offset);
        if (p == (void*)-1)
            throw LastError("mmap");
        return p;
    }

    public static unsafe void Munmap(void* address, nuint length)
    {
        if (MunmapRaw(address, length) != 0)
            throw LastError("munmap");
    }
}
