using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Asks the CPU to bring memory into its first-level cache ahead of use, without waiting for it. A hint: it
/// changes no data, and does nothing where the CPU has no prefetch instruction.
/// </summary>
internal static unsafe class CachePrefetch
{
    private const int LineBytes = 64;

    public static void Lines<T>(ReadOnlySpan<T> values) where T : unmanaged => Lines(MemoryMarshal.AsBytes(values));

    public static void Lines(ReadOnlySpan<byte> bytes)
    {
        if (!Sse.IsSupported || bytes.IsEmpty)
            return;
        fixed (byte* start = &MemoryMarshal.GetReference(bytes))
        {
            for (int offset = 0; offset < bytes.Length; offset += LineBytes)
                Sse.Prefetch0(start + offset);
        }
    }
}
