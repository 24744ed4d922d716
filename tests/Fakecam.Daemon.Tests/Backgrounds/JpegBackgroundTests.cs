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
}
