using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_requestbuffers.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct RequestBuffers
    {
        public uint Count;
        public uint Type;
        public uint Memory;
        public uint Capabilities;
        public byte Flags;
        public fixed byte Reserved[3];
    }
}
