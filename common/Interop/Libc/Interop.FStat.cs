using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    public const uint S_IFMT = 0xF000;
    public const uint S_IFSOCK = 0xC000;
    public const uint S_IFLNK = 0xA000;
    public const uint S_IFREG = 0x8000;
    public const uint S_IFBLK = 0x6000;
    public const uint S_IFDIR = 0x4000;
    public const uint S_IFCHR = 0x2000;
    public const uint S_IFIFO = 0x1000;

    /// <summary>struct stat of glibc on x86_64 (sys/stat.h, bits/struct_stat.h): 144 bytes.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public unsafe struct Stat
    {
        public ulong Device;
        public ulong Inode;
        public ulong LinkCount;
        public uint Mode;
        public uint UserId;
        public uint GroupId;
        private int _padding;
        public ulong SpecialDevice;
        public long Size;
        public long BlockSize;
        public long Blocks;
        public long AccessSeconds;
        public long AccessNanoseconds;
        public long ModifySeconds;
        public long ModifyNanoseconds;
        public long ChangeSeconds;
        public long ChangeNanoseconds;
        private fixed long _reserved[3];

        public readonly uint FileType => Mode & S_IFMT;
    }

    [LibraryImport(Libraries.Libc, EntryPoint = "fstat", SetLastError = true)]
    private static unsafe partial int FStatRaw(int fd, Stat* status);

    /// <summary>fstat(2); throws a <see cref="NativeCallException"/> (EBADF for a closed descriptor).</summary>
    public static unsafe Stat FStat(SafeFileDescriptor fd)
    {
        bool added = false;
        fd.DangerousAddRef(ref added);
        try
        {
            Stat status;
            if (FStatRaw(fd.Fd, &status) != 0)
                throw LastError("fstat");
            return status;
        }
        finally
        {
            if (added)
                fd.DangerousRelease();
        }
    }
}
