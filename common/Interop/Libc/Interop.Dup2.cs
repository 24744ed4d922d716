using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    [LibraryImport(Libraries.Libc, EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2Raw(int fd, int target);

    /// <summary>Makes <paramref name="target"/> refer to what <paramref name="fd"/> refers to (dup2), retrying on EINTR.</summary>
    public static void Duplicate(int fd, int target)
    {
        while (Dup2Raw(fd, target) < 0)
        {
            if (Marshal.GetLastPInvokeError() != EINTR)
                throw LastError("dup2");
        }
    }
}
