using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    [LibraryImport(Libraries.Libc, EntryPoint = "close", SetLastError = true)]
    internal static partial int Close(int fd);
}
