using System.Runtime.InteropServices;

namespace Fakecam.Interop;

public static partial class Libc
{
    public const int CLOCK_MONOTONIC = 1;

    /// <summary>struct timespec on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport(Libraries.Libc, EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGetTimeRaw(int clock, out TimeSpec time);

    /// <summary>CLOCK_MONOTONIC in microseconds, the clock sd-bus and sd-event time their deadlines on.</summary>
    public static ulong MonotonicMicroseconds()
    {
        if (ClockGetTimeRaw(CLOCK_MONOTONIC, out TimeSpec now) != 0)
            throw LastError("clock_gettime");
        return (ulong)now.Seconds * 1_000_000UL + (ulong)now.Nanoseconds / 1000UL;
    }
}
