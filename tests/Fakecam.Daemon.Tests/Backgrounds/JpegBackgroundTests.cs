using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Backgrounds;

public class JpegBackgroundTests
{
    [Theory]
    [InlineData(JpegSubsampling.Yuv420)]
    [InlineData(JpegSubsampling.Yuv422)]
    [InlineData(JpegSubsampling.Yuv444)]
    public void Red_jpeg_becomes_a_frame_of_its_size_in_the_YUV_of_red(JpegSubsampling subsampling)
    {
        VideoFrame frame = BackgroundImageLoader.Decode(JpegFixtures.Solid(64, 48, FrameAssert.Red, subsampling));

        FrameAssert.Size(frame, 64, 48);
        FrameAssert.Whole(frame, FrameAssert.Red, tolerance: 3);
    }

    [Fact]
    public void Odd_size_jpeg_is_rounded_down_to_even()
    {
        (byte, byte, byte) teal = (120, 150, 90);

        VideoFrame frame = BackgroundImageLoader.Decode(JpegFixtures.Solid(33, 17, teal));

        FrameAssert.Size(frame, 32, 16);
        FrameAssert.Whole(frame, teal, tolerance: 3);
    }

    [Fact]
    public void Truncated_jpeg_is_an_unsupported_format()
    {
        byte[] jpeg = JpegFixtures.Solid(64, 64, FrameAssert.Green);

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(jpeg.AsSpan(0, jpeg.Length / 2)));

        Assert.Equal(BackgroundImageError.UnsupportedFormat, error.Error);
        Assert.Contains("JPEG image is damaged", error.Message);
    }

    [Fact]
    public void Jpeg_whose_header_claims_more_pixels_than_its_data_holds_is_refused_without_harm()
    {
        byte[] jpeg = JpegFixtures.WithClaimedSize(JpegFixtures.Solid(16, 16, FrameAssert.Red), width: 4000, height: 3000);

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(jpeg));

        Assert.Equal(BackgroundImageError.UnsupportedFormat, error.Error);
        Assert.Contains("premature end", error.Message);
    }

    [Fact]
    public void Jpeg_whose_header_claims_over_40_megapixels_is_too_large()
    {
        byte[] jpeg = JpegFixtures.WithClaimedSize(JpegFixtures.Solid(16, 16, FrameAssert.Red), width: 10000, height: 5000);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(jpeg));

        Assert.Equal(BackgroundImageError.TooLarge, error.Error);
        Assert.Contains("10000x5000", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 1_000_000);
    }

    [Theory]
    [InlineData(1, true, "RGBW")]
    [InlineData(2, true, "GRWB")]
    [InlineData(3, true, "WBGR")]
    [InlineData(4, true, "BWRG")]
    [InlineData(5, true, "RBGW")]
    [InlineData(6, true, "BRWG")]
    [InlineData(6, false, "BRWG")]
    [InlineData(7, true, "WGBR")]
    [InlineData(8, false, "GWRB")]
    public void Exif_orientation_turns_the_photo_upright(ushort orientation, bool bigEndian, string quadrants)
    {
        // Stored: red top left, green top right, blue bottom left, white bottom right.
        byte[] jpeg = JpegFixtures.WithOrientation(JpegFixtures.Quadrants(64, 32), orientation, bigEndian);

        VideoFrame frame = BackgroundImageLoader.Decode(jpeg);

        (int width, int height) = orientation >= 5 ? (32, 64) : (64, 32);
        FrameAssert.Size(frame, width, height);
        int w = width / 2, h = height / 2, m = 4;
        FrameAssert.Region(frame, m, m, w - m, h - m, Colour(quadrants[0]), tolerance: 4);
        FrameAssert.Region(frame, w + m, m, width - m, h - m, Colour(quadrants[1]), tolerance: 4);
        FrameAssert.Region(frame, m, h + m, w - m, height - m, Colour(quadrants[2]), tolerance: 4);
        FrameAssert.Region(frame, w + m, h + m, width - m, height - m, Colour(quadrants[3]), tolerance: 4);
    }

    private static (byte, byte, byte) Colour(char initial) => initial switch
    {
        'R' => FrameAssert.Red,
        'G' => FrameAssert.Green,
        'B' => FrameAssert.Blue,
        _ => FrameAssert.White,
    };

    [Fact]
    public void Damaged_exif_is_ignored_and_the_picture_shown_as_stored()
    {
        byte[] jpeg = JpegFixtures.WithOrientation(JpegFixtures.Quadrants(64, 32), 6);
        jpeg[2 + 4 + 6 + 4] = 0xFF; // IFD offset far past the segment

        VideoFrame frame = BackgroundImageLoader.Decode(jpeg);

        FrameAssert.Size(frame, 64, 32);
        FrameAssert.Region(frame, 4, 4, 28, 12, FrameAssert.Red, tolerance: 4);
    }

    [Fact]
    public void Progressive_jpeg_is_decoded()
    {
        VideoFrame frame = BackgroundImageLoader.Decode(JpegFixtures.Progressive(48, 32, FrameAssert.Green));

        FrameAssert.Size(frame, 48, 32);
        FrameAssert.Whole(frame, FrameAssert.Green, tolerance: 3);
    }

    [Fact]
    public void Progressive_jpeg_with_an_absurd_number_of_scans_is_refused()
    {
        byte[] jpeg = JpegFixtures.WithRepeatedLastScan(JpegFixtures.Progressive(48, 32, FrameAssert.Green), extraScans: 600);

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Decode(jpeg));

        Assert.Equal(BackgroundImageError.UnsupportedFormat, error.Error);
        Assert.Contains("more than 500 scans", error.Message);
    }
}
