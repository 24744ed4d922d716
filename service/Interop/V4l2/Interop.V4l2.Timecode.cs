using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_timecode.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct Timecode
    {
        public uint Type;
        public uint Flags;
        public byte Frames;
        public byte Seconds;
        public byte Minutes;
        public byte Hours;
        public fixed byte UserBits[4];
    }
}
