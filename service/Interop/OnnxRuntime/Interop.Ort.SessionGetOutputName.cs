using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SessionGetOutputNameIndex = 37;

    /// <summary>OrtApi::SessionGetOutputName, copied out and freed with the allocator that made it.</summary>
    internal static string SessionGetOutputName(SafeOrtSessionHandle session, int index)
    {
        var sessionGetOutputName = (delegate* unmanaged<nint, nuint, nint, byte**, nint>)Function(SessionGetOutputNameIndex);
        nint allocator = GetAllocatorWithDefaultOptions();
        using var lease = new SafeHandleLease(session);
        byte* name;
        ThrowIfFailed(sessionGetOutputName(lease.Pointer, (nuint)index, allocator, &name));
        try
        {
            return Marshal.PtrToStringUTF8((nint)name) ?? "";
        }
        finally
        {
            AllocatorFree(allocator, name);
        }
    }
}
