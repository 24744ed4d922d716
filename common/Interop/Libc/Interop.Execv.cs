using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    [LibraryImport(Libraries.Libc, EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int ExecvRaw(string path, [In] string?[] argv);

    /// <summary>Replaces this process with <paramref name="path"/>; returns only on failure, with the errno exception.</summary>
    public static NativeCallException Execv(string path, IReadOnlyList<string> arguments)
    {
        string?[] argv = [.. arguments, null];
        ExecvRaw(path, argv);
        return LastError($"execv {path}");
    }
}
