using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    [LibraryImport(Libraries.Libc, EntryPoint = "pread", SetLastError = true)]
    private static unsafe partial nint PReadRaw(int fd, byte* buffer, nuint count, long offset);

    /// <summary>pread(2) at an absolute offset (the file position is left alone), retrying on EINTR. Returns 0 at end of file.</summary>
    public static unsafe int PRead(SafeFileDescriptor fd, Span<byte> buffer, long offset)
    {
        bool added = false;
        fd.DangerousAddRef(ref added);
        try
        {
            fixed (byte* p = buffer)
            {
                while (true)
                {
                    nint n = PReadRaw(fd.Fd, p, (nuint)buffer.Length, offset);
                    if (n >= 0)
                        return (int)n;
                    if (Marshal.GetLastPInvokeError() != EINTR)
                        throw LastError("pread");
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
