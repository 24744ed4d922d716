using System.Buffers.Binary;
using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Tests.Backgrounds;

public class WebPBackgroundTests
{
    [Fact]
    public void Red_lossless_webp_becomes_a_frame_of_its_size_in_the_YUV_of_red()
    {
        VideoFrame frame = BackgroundImageLoader.Decode(WebPFixtures.Lossless(TestImage.Solid(64, 48, 255, 0, 0)));

        FrameAssert.Size(frame, 64, 48);
        FrameAssert.Whole(frame, FrameAssert.Red);
    }

    [Fact]
    public void Lossy_webp_keeps_its_colours_where_they_are()
    {
        VideoFrame frame = BackgroundImageLoader.Decode(WebPFixtures.Lossy(TestImage.Quadrants(64, 32), quality: 95));

        FrameAssert.Size(frame, 64, 32);
        // Away from the edges between quadrants, where lossy coding blurs colour.
        FrameAssert.Region(frame, 4, 4, 28, 12, FrameAssert.Red, tolerance: 6);
        FrameAssert.Region(frame, 36, 4, 60, 12, FrameAssert.Green, tolerance: 6);
        FrameAssert.Region(frame, 4, 20, 28, 28, FrameAssert.Blue, tolerance: 6);
        FrameAssert.Region(frame, 36, 20, 60, 28, FrameAssert.White, tolerance: 6);
    }

    [Fact]
    public void Transparent_webp_is_composited_over_black()
    {
        VideoFrame frame = BackgroundImageLoader.Decode(WebPFixtures.Lossless(TestImage.Solid(6, 4, 0, 255, 0, a: 0)));

        FrameAssert.Whole(frame, FrameAssert.Black);
    }

    [Fact]
    public void Odd_size_webp_is_rounded_down_to_even()
    {
        VideoFrame frame = BackgroundImageLoader.Decode(WebPFixtures.Lossless(TestImage.Solid(7, 5, 255, 255, 255)));

        FrameAssert.Size(frame, 6, 4);
        FrameAssert.Whole(frame, FrameAssert.White);
    }

    [Fact]
    public void Truncated_webp_is_an_unsupported_format()
    {
        byte[] webp = WebPFixtures.Lossy(TestImage.Quadrants(128, 128), quality: 80);

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(webp.AsSpan(0, webp.Length / 2)));

        Assert.Equal(BackgroundImageError.UnsupportedFormat, error.Error);
        Assert.Contains("WebP image is damaged or truncated", error.Message);
    }

    [Fact]
    public void Animated_webp_is_refused_with_a_pointer_to_video_backgrounds()
    {
        byte[] webp = ExtendedHeader(flags: 0x02, width: 100, height: 100);

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(webp));

        Assert.Equal(BackgroundImageError.UnsupportedFormat, error.Error);
        Assert.Contains("animated", error.Message);
        Assert.Contains("video background", error.Message);
    }

    [Fact]
    public void Webp_announcing_a_canvas_over_40_megapixels_is_too_large()
    {
        byte[] webp = LosslessHeader(width: 10000, height: 10000);

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(webp));

        Assert.Equal(BackgroundImageError.TooLarge, error.Error);
        Assert.Contains("10000x10000", error.Message);
    }

    /// <summary>RIFF, WEBP and a VP8X chunk (flags, canvas size) with nothing after it.</summary>
    private static byte[] ExtendedHeader(byte flags, int width, int height)
    {
        var file = new byte[12 + 18];
        WriteRiff(file);
        "VP8X"u8.CopyTo(file.AsSpan(12));
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(16), 10);
        file[20] = flags;
        WriteUInt24(file.AsSpan(24), width - 1);
        WriteUInt24(file.AsSpan(27), height - 1);
        return file;
    }

    /// <summary>A lossless WebP whose bitstream header announces the size, with no image data after it.</summary>
    private static byte[] LosslessHeader(int width, int height)
    {
        var file = new byte[12 + 8 + 6];
        WriteRiff(file);
        "VP8L"u8.CopyTo(file.AsSpan(12));
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(16), 6);
        file[20] = 0x2F;
        // 14 bits width - 1, 14 bits height - 1, alpha hint, 3 bits version 0.
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(21), (uint)(width - 1) | (uint)(height - 1) << 14);
        return file;
    }

    private static void WriteRiff(byte[] file)
    {
        "RIFF"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(file.Length - 8));
        "WEBP"u8.CopyTo(file.AsSpan(8));
    }

    private static void WriteUInt24(Span<byte> destination, int value)
    {
        destination[0] = (byte)value;
        destination[1] = (byte)(value >> 8);
        destination[2] = (byte)(value >> 16);
    }
}
