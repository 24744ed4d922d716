using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Fakecam.Daemon.Tests.Backgrounds;

/// <summary>A minimal PNG writer (no filtering), so fixtures can carry any header, valid or not.</summary>
internal static class PngFixtures
{
    public const byte ColorTypeGray = 0;
    public const byte ColorTypeRgb = 2;
    public const byte ColorTypeRgba = 6;

    private static readonly byte[] s_signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Rgba(TestImage image) => Encode(image.Width, image.Height, ColorTypeRgba, image.Rgba);

    public static byte[] Rgb(TestImage image) => Encode(image.Width, image.Height, ColorTypeRgb, image.Rgb());

    /// <summary>8-bit samples, rows back to back.</summary>
    public static byte[] Encode(int width, int height, byte colorType, byte[] samples)
    {
        int rowBytes = samples.Length / height;
        var raw = new MemoryStream();
        for (int y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            raw.Write(samples, y * rowBytes, rowBytes);
        }
        return Assemble((uint)width, (uint)height, colorType, Compress(raw.ToArray()));
    }

    /// <summary>
    /// A well-formed file whose header announces <paramref name="width"/>×<paramref name="height"/> while its
    /// image data holds a single row: decoding it would need gigabytes, reading its header needs nothing.
    /// </summary>
    public static byte[] HeaderOnly(uint width, uint height) =>
        Assemble(width, height, ColorTypeRgb, Compress(new byte[1 + 3 * 16]));

    private static byte[] Assemble(uint width, uint height, byte colorType, byte[] imageData)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colorType;

        var file = new MemoryStream();
        file.Write(s_signature);
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", imageData);
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    private static byte[] Compress(byte[] data)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream file, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        file.Write(word);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        file.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndData));
        file.Write(word);
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
