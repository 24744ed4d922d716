using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    [LibraryImport(Libraries.Libc, EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint ReadRaw(int fd, byte* buffer, nuint count);

    /// <summary>read(2), retrying on EINTR. Returns bytes read, 0 at end of file.</summary>
    public static unsafe int Read(SafeFileDescriptor fd, Span<byte> buffer)
    {
        bool added = false;
        fd.DangerousAddRef(ref added);
        try
        {
            fixed (byte* p = buffer)
            {
                while (true)
                {
                    nint n = ReadRaw(fd.Fd, p, (nuint)buffer.Length);
                    if (n >= 0)
                        return (int)n;
                    if (Marshal.GetLastPInvokeError() != EINTR)
                        throw LastError("read");
                }
            }
        }
        finally
        {
            if (added)
                fd.DangerousRelease();
        }
    }
}
