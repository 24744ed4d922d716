using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    [LibraryImport(Libraries.Libc, EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteRaw(int fd, byte* buffer, nuint count);

    /// <summary>write(2), retrying on EINTR. Returns bytes written (may be fewer than asked).</summary>
    public static unsafe int Write(SafeFileDescriptor fd, ReadOnlySpan<byte> buffer)
    {
        bool added = false;
        fd.DangerousAddRef(ref added);
        try
        {
            fixed (byte* p = buffer)
            {
                while (true)
                {
                    nint n = WriteRaw(fd.Fd, p, (nuint)buffer.Length);
                    if (n >= 0)
                        return (int)n;
                    if (Marshal.GetLastPInvokeError() != EINTR)
                        throw LastError("write");
                }
            }
        }
        finally
        {
            if (added)
                fd.DangerousRelease();
        }
    }

    /// <summary>Writes all of <paramref name="buffer"/>, in as many write(2) calls as it takes.</summary>
    public static void WriteAll(SafeFileDescriptor fd, ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
            buffer = buffer[Write(fd, buffer)..];
    }
}
