using Fakecam.Interop;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>
/// Reads a whole image file from a descriptor someone handed over, from offset 0 whatever its position,
/// refusing anything that is not a regular file and never reading past the size limit.
/// </summary>
internal static class ImageFileReader
{
    private const int EBADF = 9;

    public static ReadOnlyMemory<byte> Read(SafeFileDescriptor fd, long maxBytes = BackgroundImageLimits.MaxFileBytes)
    {
        if (fd.IsInvalid || fd.IsClosed)
            throw Invalid("The file descriptor is closed. Pass a descriptor of the image file opened for reading.");
        try
        {
            Libc.Stat status = Libc.FStat(fd);
            if (status.FileType != Libc.S_IFREG)
                throw Invalid($"The background image must be a regular file, but this is {DescribeType(status.FileType)}. Pass an image file opened for reading.");
            if (status.Size > maxBytes)
                throw BackgroundImageLimits.FileTooLarge($"The file ({status.Size:N0} bytes)");
            return ReadToEnd(fd, status.Size, maxBytes);
        }
        catch (NativeCallException error)
        {
            throw Invalid(error.Errno == EBADF
                ? $"The file descriptor is not open for reading ({error.Message}). Pass the image file opened for reading."
                : $"The image file could not be read ({error.Message}).");
        }
    }

    /// <summary>Opens a path (for the command line) without blocking on a FIFO, then reads it like a descriptor.</summary>
    public static ReadOnlyMemory<byte> Read(string path)
    {
        SafeFileDescriptor fd;
        try
        {
            fd = Libc.Open(path, Libc.O_RDONLY | Libc.O_NONBLOCK);
        }
        catch (NativeCallException error)
        {
            throw Invalid($"Cannot open the background image '{path}': {error.Message}. Check the path and its permissions.");
        }
        using (fd)
            return Read(fd);
    }

    private static ReadOnlyMemory<byte> ReadToEnd(SafeFileDescriptor fd, long announcedSize, long maxBytes)
    {
        // One byte more than announced, so a file that has not grown ends with a single short read;
        // files that announce no size (procfs) start from a small buffer and grow.
        long capacity = Math.Max(announcedSize + 1, 64 * 1024);
        byte[] buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(capacity, maxBytes + 1));
        int total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes)
                    throw BackgroundImageLimits.FileTooLarge("The file");
                byte[] larger = GC.AllocateUninitializedArray<byte>((int)Math.Min(2L * buffer.Length, maxBytes + 1));
                buffer.AsSpan(0, total).CopyTo(larger);
                buffer = larger;
            }
            int n = Libc.PRead(fd, buffer.AsSpan(total), total);
            if (n == 0)
                return buffer.AsMemory(0, total);
            total += n;
        }
    }

    private static string DescribeType(uint fileType) => fileType switch
    {
        Libc.S_IFDIR => "a directory",
        Libc.S_IFIFO => "a pipe",
        Libc.S_IFSOCK => "a socket",
        Libc.S_IFCHR => "a character device",
        Libc.S_IFBLK => "a block device",
        _ => "another kind of file",
    };

    private static BackgroundImageException Invalid(string message) => new(BackgroundImageError.InvalidArgument, message);
}
