using System.Runtime.InteropServices;
using System.Text;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_capability.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct Capability
    {
        public fixed byte Driver[16];
        public fixed byte Card[32];
        public fixed byte BusInfo[32];
        public uint Version;
        public uint Capabilities;
        public uint DeviceCaps;
        public fixed uint Reserved[3];

        /// <summary>The capabilities of this device node (not of the whole physical device).</summary>
        public readonly uint NodeCapabilities => (Capabilities & V4L2_CAP_DEVICE_CAPS) != 0 ? DeviceCaps : Capabilities;

        public readonly string CardName
        {
            get
            {
                fixed (byte* card = Card)
                    return CString(new ReadOnlySpan<byte>(card, 32));
            }
        }

        public readonly string DriverName
        {
            get
            {
                fixed (byte* driver = Driver)
                    return CString(new ReadOnlySpan<byte>(driver, 16));
            }
        }
    }

    /// <summary>A NUL-terminated UTF-8 string in a fixed-size field.</summary>
    internal static string CString(ReadOnlySpan<byte> field)
    {
        int end = field.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? field : field[..end]);
    }
}
