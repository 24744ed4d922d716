using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int SessionGetInputNameIndex = 36;

    /// <summary>OrtApi::SessionGetInputName, copied out and freed with the allocator that made it.</summary>
    internal static string SessionGetInputName(SafeOrtSessionHandle session, int index)
    {
        var sessionGetInputName = (delegate* unmanaged<nint, nuint, nint, byte**, nint>)Function(SessionGetInputNameIndex);
        nint allocator = GetAllocatorWithDefaultOptions();
        using var lease = new SafeHandleLease(session);
        byte* name;
        ThrowIfFailed(sessionGetInputName(lease.Pointer, (nuint)index, allocator, &name));
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
