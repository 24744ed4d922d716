using System.Buffers.Binary;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>
/// The Exif orientation of a JPEG (TIFF tag 0x0112 in IFD0 of the APP1 "Exif" segment): how the camera was held.
/// Cameras store the sensor's pixels as they came and this tag says how to turn them. Anything malformed reads
/// as <see cref="Normal"/>: a picture shown unturned beats a picture refused.
/// </summary>
internal static class ExifOrientation
{
    public const int Normal = 1;

    private const ushort OrientationTag = 0x0112;
    private const ushort ShortType = 3;
    private const byte App1 = 0xE1;
    private const byte StartOfScan = 0xDA;

    private static ReadOnlySpan<byte> ExifHeader => "Exif\0\0"u8;

    public static int Read(ReadOnlySpan<byte> jpeg)
    {
        int position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            byte marker = jpeg[position + 1];
            int length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
            if (marker == StartOfScan || length < 2 || position + 2 + length > jpeg.Length)
                return Normal;
            ReadOnlySpan<byte> segment = jpeg.Slice(position + 4, length - 2);
            if (marker == App1 && segment.StartsWith(ExifHeader))
                return ReadTiff(segment[ExifHeader.Length..]);
            position += 2 + length;
        }
        return Normal;
    }

    private static int ReadTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
            return Normal;
        bool bigEndian;
        if (tiff.StartsWith("MM"u8))
            bigEndian = true;
        else if (tiff.StartsWith("II"u8))
            bigEndian = false;
        else
            return Normal;

        uint ifd = ReadUInt32(tiff[4..], bigEndian);
        if (ifd > (uint)tiff.Length - 2)
            return Normal;
        int count = ReadUInt16(tiff[(int)ifd..], bigEndian);
        for (int i = 0; i < count; i++)
        {
            long entry = ifd + 2 + 12L * i;
            if (entry + 12 > tiff.Length)
                return Normal;
            ReadOnlySpan<byte> field = tiff.Slice((int)entry, 12);
            if (ReadUInt16(field, bigEndian) == OrientationTag && ReadUInt16(field[2..], bigEndian) == ShortType)
            {
                int orientation = ReadUInt16(field[8..], bigEndian);
                return orientation is >= 1 and <= 8 ? orientation : Normal;
            }
        }
        return Normal;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data) : BinaryPrimitives.ReadUInt16LittleEndian(data);

    private static uint ReadUInt32(ReadOnlySpan<byte> data, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data) : BinaryPrimitives.ReadUInt32LittleEndian(data);
}
