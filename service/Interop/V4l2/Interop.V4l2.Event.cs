using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_event_subscription.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct EventSubscription
    {
        public uint Type;
        public uint Id;
        public uint Flags;
        public fixed uint Reserved[5];
    }

    /// <summary>struct v4l2_event: the 64-byte payload union holds 64-bit members, so it starts at offset 8.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 136)]
    internal unsafe struct Event
    {
        [FieldOffset(0)]
        public uint Type;

        [FieldOffset(8)]
        public fixed byte Data[64];

        [FieldOffset(72)]
        public uint Pending;

        [FieldOffset(76)]
        public uint Sequence;

        [FieldOffset(80)]
        public Timespec Timestamp;

        [FieldOffset(96)]
        public uint Id;

        [FieldOffset(100)]
        public fixed uint Reserved[8];
    }
}
