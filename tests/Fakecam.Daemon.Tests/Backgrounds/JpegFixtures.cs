using System.Buffers.Binary;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Backgrounds;

/// <summary>JPEG fixtures made by TurboJPEG from I420 frames.</summary>
internal static class JpegFixtures
{
    public static byte[] Solid(int width, int height, (byte Y, byte U, byte V) colour, JpegSubsampling subsampling = JpegSubsampling.Yuv420)
    {
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(width, height, 0, 1));
        frame.Y.Fill(colour.Y);
        frame.U.Fill(colour.U);
        frame.V.Fill(colour.V);
        using var encoder = new JpegEncoder(quality: 95, subsampling);
        return encoder.Encode(frame).ToArray();
    }

    /// <summary>A progressive JPEG of one colour, 4:2:0.</summary>
    public static unsafe byte[] Progressive(int width, int height, (byte Y, byte U, byte V) colour)
    {
        const int TJFLAG_PROGRESSIVE = 16384;
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(width, height, 0, 1));
        frame.Y.Fill(colour.Y);
        frame.U.Fill(colour.U);
        frame.V.Fill(colour.V);
        var output = new byte[TurboJpeg.BufferSize(width, height, TurboJpeg.TJSAMP_420)];
        using SafeTurboJpegHandle encoder = TurboJpeg.InitCompress();
        fixed (byte* y = frame.Y)
        fixed (byte* u = frame.U)
        fixed (byte* v = frame.V)
        {
            byte** planes = stackalloc byte*[3] { y, u, v };
            int* strides = stackalloc int[3] { frame.LumaStride, frame.ChromaStride, frame.ChromaStride };
            int length = TurboJpeg.CompressFromYuvPlanes(
                encoder, planes, strides, width, height, TurboJpeg.TJSAMP_420, output, 95, TJFLAG_PROGRESSIVE);
            Assert.True(length > 0, "TurboJPEG failed to encode the fixture");
            return output.AsSpan(0, length).ToArray();
        }
    }

    /// <summary><paramref name="jpeg"/> with its last scan repeated until it has <paramref name="extraScans"/> more.</summary>
    public static byte[] WithRepeatedLastScan(byte[] jpeg, int extraScans)
    {
        int lastScan = jpeg.AsSpan().LastIndexOf([(byte)0xFF, (byte)0xDA]);
        int end = jpeg.Length - 2;
        Assert.True(lastScan > 0 && jpeg[end] == 0xFF && jpeg[end + 1] == 0xD9, "the fixture has no scan or no end marker");
        var file = new MemoryStream();
        file.Write(jpeg, 0, end);
        for (int i = 0; i < extraScans; i++)
            file.Write(jpeg, lastScan, end - lastScan);
        file.Write(jpeg, end, 2);
        return file.ToArray();
    }

    /// <summary>Red top left, green top right, blue bottom left, white bottom right; quadrants a multiple of 16 wide and high.</summary>
    public static byte[] Quadrants(int width, int height)
    {
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(width, height, 0, 1));
        (byte Y, byte U, byte V)[] colours = [FrameAssert.Red, FrameAssert.Green, FrameAssert.Blue, FrameAssert.White];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                (byte Y, byte U, byte V) colour = colours[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
                frame.Y[y * frame.LumaStride + x] = colour.Y;
                frame.U[y / 2 * frame.ChromaStride + x / 2] = colour.U;
                frame.V[y / 2 * frame.ChromaStride + x / 2] = colour.V;
            }
        }
        using var encoder = new JpegEncoder(quality: 95);
        return encoder.Encode(frame).ToArray();
    }

    /// <summary><paramref name="jpeg"/> with an APP1 Exif segment holding just an orientation, right after SOI.</summary>
    public static byte[] WithOrientation(byte[] jpeg, ushort orientation, bool bigEndian = true)
    {
        var tiff = new byte[8 + 2 + 12 + 4];
        (bigEndian ? "MM"u8 : "II"u8).CopyTo(tiff);
        Write16(tiff.AsSpan(2), 42, bigEndian);
        Write32(tiff.AsSpan(4), 8, bigEndian);
        Write16(tiff.AsSpan(8), 1, bigEndian);
        Write16(tiff.AsSpan(10), 0x0112, bigEndian);
        Write16(tiff.AsSpan(12), 3, bigEndian);
        Write32(tiff.AsSpan(14), 1, bigEndian);
        Write16(tiff.AsSpan(18), orientation, bigEndian);

        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    private static void Write16(Span<byte> destination, ushort value, bool bigEndian)
    {
        if (bigEndian)
            BinaryPrimitives.WriteUInt16BigEndian(destination, value);
        else
            BinaryPrimitives.WriteUInt16LittleEndian(destination, value);
    }

    private static void Write32(Span<byte> destination, uint value, bool bigEndian)
    {
        if (bigEndian)
            BinaryPrimitives.WriteUInt32BigEndian(destination, value);
        else
            BinaryPrimitives.WriteUInt32LittleEndian(destination, value);
    }

    /// <summary>A copy of <paramref name="jpeg"/> whose frame header (SOF) claims another size.</summary>
    public static byte[] WithClaimedSize(byte[] jpeg, ushort width, ushort height)
    {
        byte[] copy = jpeg.ToArray();
        for (int i = 2; i + 8 < copy.Length; i++)
        {
            // SOF0..SOF2: FF Cn, length, precision, height, width.
            if (copy[i] == 0xFF && copy[i + 1] is 0xC0 or 0xC1 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 5), height);
                BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 7), width);
                return copy;
            }
        }
        throw new InvalidOperationException("The fixture has no frame header.");
    }
}
