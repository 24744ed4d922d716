using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Tests.Kernels;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Video;

public sealed class JpegCodecTests
{
    [Theory]
    [InlineData(JpegSubsampling.Yuv420, 640, 480)]
    [InlineData(JpegSubsampling.Yuv422, 640, 480)]
    [InlineData(JpegSubsampling.Yuv444, 320, 240)]
    [InlineData(JpegSubsampling.Yuv420, 321, 243)]
    [InlineData(JpegSubsampling.Yuv422, 322, 241)]
    [InlineData(JpegSubsampling.Yuv444, 321, 243)]
    public void DecodedFrameIsCloseToTheEncodedOne(JpegSubsampling subsampling, int width, int height)
    {
        using VideoFrame original = PhotoLikeFrame.Create(width, height);
        using var encoder = new JpegEncoder(quality: 92, subsampling);
        using var decoder = new JpegDecoder();
        byte[] jpeg = encoder.Encode(original).ToArray();
        VideoFrame decoded = VideoFrame.Allocate(original.Format);

        Assert.Equal((width, height, subsampling), decoder.ReadHeader(jpeg));
        decoder.Decode(jpeg, decoded);

        Assert.InRange(PhotoLikeFrame.Psnr(original.Y, decoded.Y), 36, double.PositiveInfinity);
        Assert.InRange(PhotoLikeFrame.Psnr(original.U, decoded.U), 36, double.PositiveInfinity);
        Assert.InRange(PhotoLikeFrame.Psnr(original.V, decoded.V), 36, double.PositiveInfinity);
    }

    [Theory]
    [InlineData(640, 480)]
    [InlineData(322, 241)]
    public void A422FrameIsLibjpegsDecodeWithItsChromaRowsAveragedInPairs(int width, int height)
    {
        using VideoFrame original = PhotoLikeFrame.Create(width, height);
        using var encoder = new JpegEncoder(quality: 92, JpegSubsampling.Yuv422);
        byte[] jpeg = encoder.Encode(original).ToArray();
        VideoFrame expected = Reference422Decode(jpeg, original.Format);
        using var decoder = new JpegDecoder();
        VideoFrame decoded = VideoFrame.Allocate(original.Format);
        decoded.Packed.Fill(0x5A);

        decoder.Decode(jpeg, decoded);

        Assert.True(expected.Packed.SequenceEqual(decoded.Packed));
    }

    /// <summary>libjpeg's own 4:2:2 planes, each chroma plane halved by the scalar row-pair average.</summary>
    private static unsafe VideoFrame Reference422Decode(byte[] jpeg, FrameFormat format)
    {
        int chromaWidth = format.ChromaWidth;
        var cb = new byte[chromaWidth * format.Height];
        var cr = new byte[chromaWidth * format.Height];
        VideoFrame frame = VideoFrame.Allocate(format);
        using SafeTurboJpegHandle handle = TurboJpeg.InitDecompress();
        fixed (byte* y = frame.Y)
        fixed (byte* u = cb)
        fixed (byte* v = cr)
        {
            byte** planes = stackalloc byte*[3] { y, u, v };
            int* strides = stackalloc int[3] { format.Width, chromaWidth, chromaWidth };
            Assert.True(TurboJpeg.DecompressToYuvPlanes(handle, jpeg, planes, strides, format.Width, format.Height, TurboJpeg.TJFLAG_FASTDCT));
        }
        ChromaResampling.AverageRowPairsScalar(cb, chromaWidth, chromaWidth, format.Height, frame.U, chromaWidth);
        ChromaResampling.AverageRowPairsScalar(cr, chromaWidth, chromaWidth, format.Height, frame.V, chromaWidth);
        return frame;
    }

    [Fact]
    public void LowerQualityGivesSmallerFiles()
    {
        using VideoFrame frame = PhotoLikeFrame.Create(640, 360);
        using var high = new JpegEncoder(quality: 95);
        using var low = new JpegEncoder(quality: 40);

        Assert.True(low.Encode(frame).Length < high.Encode(frame).Length / 2);
    }

    [Fact]
    public void FrameOfAnotherSizeIsRejected()
    {
        using VideoFrame frame = PhotoLikeFrame.Create(320, 240);
        using var encoder = new JpegEncoder();
        using var decoder = new JpegDecoder();
        byte[] jpeg = encoder.Encode(frame).ToArray();

        var error = Assert.Throws<JpegFrameRejectedException>(
            () => decoder.Decode(jpeg, VideoFrame.Allocate(new FrameFormat(640, 480, 30, 1))));
        Assert.Equal(JpegRejection.WrongSize, error.Reason);
    }

    [Fact]
    public void TruncatedJpegIsRejectedAsCorrupt()
    {
        using VideoFrame frame = PhotoLikeFrame.Create(320, 240);
        using var encoder = new JpegEncoder();
        using var decoder = new JpegDecoder();
        byte[] jpeg = encoder.Encode(frame).ToArray();

        var error = Assert.Throws<JpegFrameRejectedException>(
            () => decoder.Decode(jpeg.AsSpan(0, jpeg.Length / 2), VideoFrame.Allocate(frame.Format)));
        Assert.Equal(JpegRejection.Corrupt, error.Reason);
    }

    [Fact]
    public void GarbageIsRejectedAsCorrupt()
    {
        byte[] garbage = new byte[5000];
        new Random(7).NextBytes(garbage);
        using var decoder = new JpegDecoder();

        var error = Assert.Throws<JpegFrameRejectedException>(
            () => decoder.Decode(garbage, VideoFrame.Allocate(new FrameFormat(320, 240, 30, 1))));
        Assert.Equal(JpegRejection.Corrupt, error.Reason);
    }

    [Fact]
    public void DamagedScanDataIsRejectedAsCorrupt()
    {
        using VideoFrame frame = PhotoLikeFrame.Create(320, 240);
        using var encoder = new JpegEncoder();
        using var decoder = new JpegDecoder();
        byte[] jpeg = encoder.Encode(frame).ToArray();
        for (int i = jpeg.Length / 2; i < jpeg.Length / 2 + 64; i++)
            jpeg[i] = 0xFF;

        Assert.Throws<JpegFrameRejectedException>(() => decoder.Decode(jpeg, VideoFrame.Allocate(frame.Format)));
    }

    [Fact]
    public void PaddingBeforeTheEndMarkerIsAcceptedWithTheWholeImage()
    {
        using VideoFrame frame = PhotoLikeFrame.Create(320, 240);
        using var encoder = new JpegEncoder();
        using var decoder = new JpegDecoder();
        byte[] clean = encoder.Encode(frame).ToArray();
        byte[] padded = [.. clean[..^2], .. new byte[100], 0xFF, 0xD9];
        VideoFrame expected = VideoFrame.Allocate(frame.Format);
        VideoFrame actual = VideoFrame.Allocate(frame.Format);

        decoder.Decode(clean, expected);
        decoder.Decode(padded, actual);

        Assert.True(expected.Packed.SequenceEqual(actual.Packed));
    }

    [Theory]
    [InlineData(JpegSubsampling.Yuv420)]
    [InlineData(JpegSubsampling.Yuv422)]
    public void SteadyStateDecodingAndEncodingAllocateNothing(JpegSubsampling subsampling)
    {
        using VideoFrame frame = PhotoLikeFrame.Create(640, 480);
        using var encoder = new JpegEncoder(80, subsampling);
        using var decoder = new JpegDecoder();
        byte[] jpeg = encoder.Encode(frame).ToArray();

        SteadyState.AssertAllocationFree(() =>
        {
            decoder.Decode(jpeg, frame);
            encoder.Encode(frame);
        });
    }
}
