using System.Buffers.Binary;
using Fakecam.Daemon.Frames;
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
