using System.Runtime.InteropServices;
using System.Text;

namespace Fakecam.Daemon.Interop;

/// <summary>The simplified read API of libpng 1.6 (png.h, "Simplified API").</summary>
internal static partial class Png
{
    internal const uint PNG_IMAGE_VERSION = 1;

    internal const uint PNG_FORMAT_FLAG_ALPHA = 0x01;
    internal const uint PNG_FORMAT_FLAG_COLOR = 0x02;
    internal const uint PNG_FORMAT_RGBA = PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA;

    private const uint PNG_IMAGE_WARNING_OR_ERROR_MASK = 0x03;
    private const uint PNG_IMAGE_ERROR = 2;

    /// <summary>png_image: 104 bytes on x86_64.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct PngImage
    {
        public nint Opaque;
        public uint Version;
        public uint Width;
        public uint Height;
        public uint Format;
        public uint Flags;
        public uint ColormapEntries;
        public uint WarningOrError;
        public fixed byte Message[64];

        /// <summary>A zeroed image with the version set, as png.h requires before any read call.</summary>
        public static PngImage ForReading() => new() { Version = PNG_IMAGE_VERSION };

        /// <summary>PNG_IMAGE_FAILED: the last call ended in an error (not just a warning).</summary>
        public readonly bool Failed => (WarningOrError & PNG_IMAGE_WARNING_OR_ERROR_MASK) >= PNG_IMAGE_ERROR;

        /// <summary>libpng's own words for the last error or first warning.</summary>
        public readonly string MessageText
        {
            get
            {
                fixed (byte* text = Message)
                {
                    var bytes = new ReadOnlySpan<byte>(text, 64);
                    int end = bytes.IndexOf((byte)0);
                    return Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]);
                }
            }
        }
    }
}
