using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_fract: a frame interval in seconds, numerator / denominator.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Fract
    {
        public uint Numerator;
        public uint Denominator;
    }
}
