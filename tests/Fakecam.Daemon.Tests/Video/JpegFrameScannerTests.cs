using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Video;

public sealed class JpegFrameScannerTests
{
    private static readonly byte[] Image = EncodeImage();

    [Fact]
    public void FindsAnImageAfterJunk()
    {
        byte[] data = [1, 2, 0xFF, 3, .. Image, 0xFF, 0xD8];

        Assert.Equal(JpegScanResult.Frame, JpegFrameScanner.Scan(data, out int start, out int length));
        Assert.Equal(4, start);
        Assert.Equal(Image.Length, length);
    }

    [Fact]
    public void ThumbnailInsideAnApplicationSegmentDoesNotSplitTheImage()
    {
        byte[] thumbnail = EncodeImage(32, 24);
        int segmentLength = thumbnail.Length + 2;
        byte[] image = [0xFF, 0xD8, 0xFF, 0xE1, (byte)(segmentLength >> 8), (byte)segmentLength, .. thumbnail, .. Image[2..]];

        Assert.Equal(JpegScanResult.Frame, JpegFrameScanner.Scan(image, out int start, out int length));
        Assert.Equal(0, start);
        Assert.Equal(image.Length, length);
    }

    [Fact]
    public void IncompleteImageAsksForMore()
    {
        Assert.Equal(JpegScanResult.NeedMore, JpegFrameScanner.Scan(Image.AsSpan(0, Image.Length - 1), out int start, out _));
        Assert.Equal(0, start);
    }

    [Theory]
    [InlineData(0.25)] // inside the Huffman tables
    [InlineData(0.75)] // inside the scan data
    public void ImageCutOffByTheNextOneIsDamagedUpToTheNextStart(double at)
    {
        int cut = (int)(Image.Length * at);
        byte[] data = [.. Image[..cut], .. Image];

        Assert.Equal(JpegScanResult.Damaged, JpegFrameScanner.Scan(data, out int start, out int length));
        Assert.Equal(0, start);
        Assert.Equal(cut, length);
        Assert.Equal(JpegScanResult.Frame, JpegFrameScanner.Scan(data.AsSpan(cut), out start, out length));
        Assert.Equal((0, Image.Length), (start, length));
    }

    [Fact]
    public void NoStartOfImageKeepsOnlyATrailingMarkerByte()
    {
        Assert.Equal(JpegScanResult.NeedMore, JpegFrameScanner.Scan(new byte[] { 1, 2, 3, 0xFF }, out int start, out _));
        Assert.Equal(3, start);
    }

    private static byte[] EncodeImage(int width = 64, int height = 48)
    {
        using var encoder = new JpegEncoder(80);
        using var frame = PhotoLikeFrame.Create(width, height);
        return encoder.Encode(frame).ToArray();
    }
}
