using System.Diagnostics;
using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Tests.Backgrounds;

public class PngBackgroundTests
{
    [Fact]
    public void Red_png_becomes_a_frame_of_its_size_in_the_YUV_of_red()
    {
        VideoFrame frame = BackgroundImageLoader.Decode(PngFixtures.Rgb(TestImage.Solid(64, 48, 255, 0, 0)));

        FrameAssert.Size(frame, 64, 48);
        FrameAssert.Whole(frame, FrameAssert.Red);
    }

    [Fact]
    public void Colours_land_where_they_are_in_the_picture()
    {
        VideoFrame frame = BackgroundImageLoader.Decode(PngFixtures.Rgba(TestImage.Quadrants(40, 20)));

        FrameAssert.Region(frame, 0, 0, 20, 10, FrameAssert.Red);
        FrameAssert.Region(frame, 20, 0, 40, 10, FrameAssert.Green);
        FrameAssert.Region(frame, 0, 10, 20, 20, FrameAssert.Blue);
        FrameAssert.Region(frame, 20, 10, 40, 20, FrameAssert.White);
    }

    [Fact]
    public void Odd_size_is_rounded_down_to_even_by_cropping_the_last_column_and_row()
    {
        var image = TestImage.Solid(33, 17, 0, 0, 255);
        image.Fill(32, 0, 33, 17, 255, 255, 255);
        image.Fill(0, 16, 33, 17, 255, 255, 255);

        VideoFrame frame = BackgroundImageLoader.Decode(PngFixtures.Rgb(image));

        FrameAssert.Size(frame, 32, 16);
        FrameAssert.Whole(frame, FrameAssert.Blue);
    }

    [Fact]
    public void Transparency_is_composited_over_black()
    {
        var image = TestImage.Solid(8, 8, 255, 255, 255, a: 0);
        image.Fill(4, 0, 8, 8, 255, 0, 0, a: 128);

        VideoFrame frame = BackgroundImageLoader.Decode(PngFixtures.Rgba(image));

        FrameAssert.Region(frame, 0, 0, 4, 8, FrameAssert.Black);
        FrameAssert.Region(frame, 4, 0, 8, 8, (38, 106, 192));
    }

    [Fact]
    public void Grey_png_gives_grey_luma_and_neutral_chroma()
    {
        byte[] grey = Enumerable.Repeat((byte)200, 16 * 4).ToArray();

        VideoFrame frame = BackgroundImageLoader.Decode(PngFixtures.Encode(16, 4, PngFixtures.ColorTypeGray, grey));

        FrameAssert.Whole(frame, (200, 128, 128));
    }

    [Fact]
    public void Truncated_png_is_an_unsupported_format_with_libpngs_reason()
    {
        byte[] png = PngFixtures.Rgb(TestImage.Quadrants(64, 64));

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(png.AsSpan(0, png.Length - 30)));

        Assert.Equal(BackgroundImageError.UnsupportedFormat, error.Error);
        Assert.Contains("PNG image is damaged or truncated (libpng: ", error.Message);
    }

    [Fact]
    public void Png_with_a_corrupted_header_checksum_is_an_unsupported_format()
    {
        byte[] png = PngFixtures.Rgb(TestImage.Solid(8, 8, 1, 2, 3));
        png[29] ^= 0xFF;

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(png));

        Assert.Equal(BackgroundImageError.UnsupportedFormat, error.Error);
        Assert.Contains("CRC", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Png_announcing_20000x20000_is_too_large_before_any_decoding()
    {
        byte[] png = PngFixtures.HeaderOnly(20000, 20000);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(png));

        Assert.Equal(BackgroundImageError.TooLarge, error.Error);
        Assert.Contains("20000x20000", error.Message);
        Assert.Contains("40 megapixels", error.Message);
        Assert.True(clock.ElapsedMilliseconds < 500, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 1_000_000);
    }

    [Theory]
    [InlineData(16385u, 2u)]
    [InlineData(2u, 16385u)]
    [InlineData(8000u, 5001u)]
    public void Png_over_a_side_or_pixel_limit_is_too_large(uint width, uint height)
    {
        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(PngFixtures.HeaderOnly(width, height)));

        Assert.Equal(BackgroundImageError.TooLarge, error.Error);
    }

    [Fact]
    public void Png_of_a_single_pixel_is_refused_with_a_hint()
    {
        var error = Assert.Throws<BackgroundImageException>(
            () => BackgroundImageLoader.Decode(PngFixtures.Rgb(TestImage.Solid(1, 1, 9, 9, 9))));

        Assert.Equal(BackgroundImageError.InvalidArgument, error.Error);
        Assert.Contains("colour background", error.Message);
    }
}
