using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_frmsizeenum with its union of discrete and stepwise sizes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 44)]
    internal unsafe struct FrmSizeEnum
    {
        [FieldOffset(0)]
        public uint Index;

        [FieldOffset(4)]
        public uint PixelFormat;

        [FieldOffset(8)]
        public uint Type;

        [FieldOffset(12)]
        public uint DiscreteWidth;

        [FieldOffset(16)]
        public uint DiscreteHeight;

        [FieldOffset(12)]
        public uint MinWidth;

        [FieldOffset(16)]
        public uint MaxWidth;

        [FieldOffset(20)]
        public uint StepWidth;

        [FieldOffset(24)]
        public uint MinHeight;

        [FieldOffset(28)]
        public uint MaxHeight;

        [FieldOffset(32)]
        public uint StepHeight;

        [FieldOffset(36)]
        public fixed uint Reserved[2];
    }
}
