using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_fmtdesc.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct FmtDesc
    {
        public uint Index;
        public uint Type;
        public uint Flags;
        public fixed byte Description[32];
        public uint PixelFormat;
        public uint MbusCode;
        public fixed uint Reserved[3];
    }
}
