using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    public const short POLLIN = 0x001;
    public const short POLLPRI = 0x002;
    public const short POLLOUT = 0x004;
    public const short POLLERR = 0x008;
    public const short POLLHUP = 0x010;
    public const short POLLNVAL = 0x020;

    /// <summary>struct pollfd.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport(Libraries.Libc, EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int PollRaw(PollFd* fds, nuint count, int timeoutMilliseconds);

    /// <summary>poll(2); EINTR counts as a timeout (returns 0) so callers re-check their state.</summary>
    public static unsafe int Poll(Span<PollFd> fds, int timeoutMilliseconds)
    {
        fixed (PollFd* p = fds)
        {
            int n = PollRaw(p, (nuint)fds.Length, timeoutMilliseconds);
            if (n >= 0)
                return n;
            if (Marshal.GetLastPInvokeError() == EINTR)
                return 0;
            throw LastError("poll");
        }
    }
}
