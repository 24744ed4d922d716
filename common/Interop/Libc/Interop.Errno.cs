using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    public const int ENOENT = 2;
    public const int EINTR = 4;
    public const int EAGAIN = 11;
    public const int ENODEV = 19;
    public const int EINVAL = 22;
    public const int ENOTTY = 25;

    /// <summary>The exception describing the errno of the last failed call, for the caller to throw.</summary>
    public static NativeCallException LastError(string operation)
    {
        int errno = Marshal.GetLastPInvokeError();
        return new NativeCallException(operation, errno);
    }
}

/// <summary>A libc or kernel call failed; carries errno and its text.</summary>
public sealed class NativeCallException(string operation, int errno)
    : IOException($"{operation}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})")
{
    public string Operation { get; } = operation;
    public int Errno { get; } = errno;
}
