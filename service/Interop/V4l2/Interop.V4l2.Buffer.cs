using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_buffer (88 bytes on 64-bit: the timeval and the m union are 8-byte aligned).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 88)]
    internal struct Buffer
    {
        [FieldOffset(0)]
        public uint Index;

        [FieldOffset(4)]
        public uint Type;

        [FieldOffset(8)]
        public uint BytesUsed;

        [FieldOffset(12)]
        public uint Flags;

        [FieldOffset(16)]
        public uint Field;

        [FieldOffset(24)]
        public Timeval Timestamp;

        [FieldOffset(40)]
        public Timecode Timecode;

        [FieldOffset(56)]
        public uint Sequence;

        [FieldOffset(60)]
        public uint Memory;

        /// <summary>m.offset: where to mmap a V4L2_MEMORY_MMAP buffer.</summary>
        [FieldOffset(64)]
        public uint Offset;

        /// <summary>m.userptr.</summary>
        [FieldOffset(64)]
        public nuint UserPointer;

        /// <summary>m.fd.</summary>
        [FieldOffset(64)]
        public int Fd;

        [FieldOffset(72)]
        public uint Length;

        [FieldOffset(76)]
        public uint Reserved2;

        /// <summary>request_fd, in a union with reserved.</summary>
        [FieldOffset(80)]
        public int RequestFd;
    }
}
