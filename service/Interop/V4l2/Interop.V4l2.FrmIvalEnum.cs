using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_frmivalenum with its union of a discrete interval and a stepwise range.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 52)]
    internal unsafe struct FrmIvalEnum
    {
        [FieldOffset(0)]
        public uint Index;

        [FieldOffset(4)]
        public uint PixelFormat;

        [FieldOffset(8)]
        public uint Width;

        [FieldOffset(12)]
        public uint Height;

        [FieldOffset(16)]
        public uint Type;

        [FieldOffset(20)]
        public Fract Discrete;

        [FieldOffset(20)]
        public Fract StepwiseMin;

        [FieldOffset(28)]
        public Fract StepwiseMax;

        [FieldOffset(36)]
        public Fract StepwiseStep;

        [FieldOffset(44)]
        public fixed uint Reserved[2];
    }
}
