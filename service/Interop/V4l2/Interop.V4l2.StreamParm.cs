using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_streamparm: its union holds no pointer, so it starts at offset 4.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 204)]
    internal unsafe struct StreamParm
    {
        [FieldOffset(0)]
        public uint Type;

        [FieldOffset(4)]
        public CaptureParm Capture;

        [FieldOffset(4)]
        public OutputParm Output;

        [FieldOffset(4)]
        public fixed byte RawData[200];
    }

    /// <summary>struct v4l2_captureparm.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct CaptureParm
    {
        public uint Capability;
        public uint CaptureMode;
        public Fract TimePerFrame;
        public uint ExtendedMode;
        public uint ReadBuffers;
        public fixed uint Reserved[4];
    }

    /// <summary>struct v4l2_outputparm.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct OutputParm
    {
        public uint Capability;
        public uint OutputMode;
        public Fract TimePerFrame;
        public uint ExtendedMode;
        public uint WriteBuffers;
        public fixed uint Reserved[4];
    }
}
