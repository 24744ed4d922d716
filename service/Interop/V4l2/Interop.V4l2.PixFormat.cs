using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    /// <summary>struct v4l2_pix_format.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct PixFormat
    {
        public uint Width;
        public uint Height;
        public uint PixelFormat;
        public uint Field;
        public uint BytesPerLine;
        public uint SizeImage;
        public uint Colorspace;
        public uint Priv;
        public uint Flags;
        public uint YcbcrEncoding; // union with hsv_enc
        public uint Quantization;
        public uint TransferFunction;
    }
}
