using Fakecam.Interop;

namespace Fakecam.Common.Tests.Interop;

public class FStatTests
{
    [Fact]
    public unsafe void Stat_mirrors_the_x86_64_glibc_layout()
    {
        Assert.Equal(144, sizeof(Libc.Stat));
        Libc.Stat status = default;
        byte* start = (byte*)&status;
        Assert.Equal(24, (byte*)&status.Mode - start);
        Assert.Equal(48, (byte*)&status.Size - start);
        Assert.Equal(88, (byte*)&status.ModifySeconds - start);
    }

    [Fact]
    public void Regular_file_reports_its_type_and_size_and_pread_leaves_the_position_alone()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
            using SafeFileDescriptor fd = Libc.Open(path, Libc.O_RDONLY);
            Libc.Stat status = Libc.FStat(fd);
            Assert.Equal(Libc.S_IFREG, status.FileType);
            Assert.Equal(5, status.Size);

            Span<byte> buffer = stackalloc byte[8];
            Assert.Equal(2, Libc.PRead(fd, buffer, offset: 3));
            Assert.Equal([4, 5], buffer[..2].ToArray());
            Assert.Equal(5, Libc.Read(fd, buffer));
            Assert.Equal(1, buffer[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Directory_is_reported_as_a_directory()
    {
        using SafeFileDescriptor fd = Libc.Open(Path.GetTempPath(), Libc.O_RDONLY);
        Assert.Equal(Libc.S_IFDIR, Libc.FStat(fd).FileType);
    }

    [Fact]
    public void Descriptor_that_is_not_open_fails_with_EBADF()
    {
        using var fd = new SafeFileDescriptor(1_000_000, ownsHandle: false);
        NativeCallException error = Assert.Throws<NativeCallException>(() => Libc.FStat(fd));
        Assert.Equal(9, error.Errno);
    }
}
