using System.Runtime.InteropServices;

namespace Fakecam.Service.Tests.Fixtures;

/// <summary>kill(2): sends a signal to the daemon the way systemd does.</summary>
internal static partial class Signals
{
    public const int SIGTERM = 15;

    public static void Send(int pid, int signal)
    {
        if (Kill(pid, signal) != 0)
            throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
