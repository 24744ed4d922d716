using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>
    /// struct v4l2_format: the union of formats holds a pointer (struct v4l2_window), so on 64-bit it is
    /// 8-byte aligned and starts at offset 8.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 208)]
    internal unsafe struct Format
    {
        [FieldOffset(0)]
        public uint Type;

        [FieldOffset(8)]
        public PixFormat Pix;

        [FieldOffset(8)]
        public fixed byte RawData[200];
    }
}
