using System.IO.Pipes;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Video;

public sealed class MjpegStreamSourceTests
{
    private const int Width = 320;
    private const int Height = 240;
    private static readonly byte[][] Images = EncodeImages(6, Width, Height);

    [Fact]
    public void DeliversEveryImageOfAStreamInOrder()
    {
        using var source = new MjpegStreamSource(new MemoryStream(Concatenate(Images)), fps: 25);

        Assert.Equal(new FrameFormat(Width, Height, 25, 1), source.Format);
        AssertDelivers(source, [0, 1, 2, 3, 4, 5]);
        Assert.Equal(0, source.SkippedFrames);
    }

    [Fact]
    public void TruncatedImageInTheMiddleIsSkippedAndCounted()
    {
        byte[][] images = (byte[][])Images.Clone();
        images[3] = images[3][..(images[3].Length / 2)];
        using var source = new MjpegStreamSource(new MemoryStream(Concatenate(images)), fps: 30);

        AssertDelivers(source, [0, 1, 2, 4, 5]);
        Assert.Equal(1, source.SkippedFrames);
    }

    [Fact]
    public void GarbageInPlaceOfAnImageIsSkippedAndCounted()
    {
        byte[][] images = (byte[][])Images.Clone();
        images[2] = new byte[images[2].Length];
        new Random(5).NextBytes(images[2]);
        for (int i = 0; i < images[2].Length; i++)
            images[2][i] &= 0x7F; // no 0xFF, so no marker can appear by chance
        using var source = new MjpegStreamSource(new MemoryStream(Concatenate(images)), fps: 30);

        AssertDelivers(source, [0, 1, 3, 4, 5]);
        Assert.Equal(1, source.SkippedFrames);
    }

    [Fact]
    public void GarbageThatLooksLikeAnImageStartCountsOnce()
    {
        byte[][] images = (byte[][])Images.Clone();
        images[2] = [.. new byte[3000], 0xFF, 0xD8, .. Enumerable.Repeat((byte)0x42, 500)];
        using var source = new MjpegStreamSource(new MemoryStream(Concatenate(images)), fps: 30);

        AssertDelivers(source, [0, 1, 3, 4, 5]);
        Assert.Equal(1, source.SkippedFrames);
    }

    [Fact]
    public void ShortPaddingBetweenImagesIsNotALostFrame()
    {
        byte[] boundary = "\r\n--frame\r\nContent-Type: image/jpeg\r\n\r\n"u8.ToArray();
        using var source = new MjpegStreamSource(new MemoryStream(Concatenate(Images.SelectMany(i => new[] { boundary, i }))), fps: 30);

        AssertDelivers(source, [0, 1, 2, 3, 4, 5]);
        Assert.Equal(0, source.SkippedFrames);
    }

    [Fact]
    public void ImageWithDamagedScanDataIsSkippedAndCounted()
    {
        byte[][] images = (byte[][])Images.Clone();
        images[4] = (byte[])images[4].Clone();
        images[4].AsSpan(images[4].Length / 2, 200).Fill(0x55);
        using var source = new MjpegStreamSource(new MemoryStream(Concatenate(images)), fps: 30);

        AssertDelivers(source, [0, 1, 2, 3, 5]);
        Assert.Equal(1, source.SkippedFrames);
    }

    [Fact]
    public void ImageOfAnotherSizeIsSkippedAndCounted()
    {
        byte[][] images = (byte[][])Images.Clone();
        images[1] = EncodeImages(1, 160, 120)[0];
        using var source = new MjpegStreamSource(images.Select(i => (ReadOnlyMemory<byte>)i).ToList(), fps: 30);

        AssertDelivers(source, [0, 2, 3, 4, 5]);
        Assert.Equal(1, source.SkippedFrames);
    }

    [Fact]
    public void ListLoopsWithSteadyTimestamps()
    {
        using var source = new MjpegStreamSource(Images.Select(i => (ReadOnlyMemory<byte>)i).ToList(), fps: 20, loop: true);
        VideoFrame frame = VideoFrame.Allocate(source.Format);

        for (int i = 0; i < 15; i++)
        {
            Assert.True(source.TryRead(frame));
            Assert.Equal(i, frame.Sequence);
            Assert.Equal(i * 50_000L, frame.TimestampMicroseconds);
        }
    }

    [Fact]
    public void FileLoopsFromTheStart()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fakecam-test-{Guid.NewGuid():N}.mjpeg");
        File.WriteAllBytes(path, Concatenate(Images[..3]));
        try
        {
            using var source = MjpegStreamSource.OpenFile(path, fps: 30, loop: true);
            AssertDelivers(source, [0, 1, 2, 0, 1, 2, 0], expectEnd: false);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task PipeDeliveringSmallChunksYieldsWholeImages()
    {
        byte[][] images = (byte[][])Images.Clone();
        images[2] = images[2][..(images[2].Length - 100)];
        byte[] stream = Concatenate(images);
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        Task writer = Task.Run(() =>
        {
            for (int offset = 0; offset < stream.Length; offset += 997)
                server.Write(stream, offset, Math.Min(997, stream.Length - offset));
            server.Dispose();
        });

        using var source = new MjpegStreamSource(client, fps: 30, ownsStream: false);
        AssertDelivers(source, [0, 1, 3, 4, 5]);
        Assert.Equal(1, source.SkippedFrames);
        await writer;
    }

    [Fact]
    public void StreamWithoutImagesIsRefused()
    {
        Assert.Throws<InvalidDataException>(() => new MjpegStreamSource(new MemoryStream(new byte[1000]), fps: 30));
    }

    [Fact]
    public void SteadyStateReadingAllocatesNothing()
    {
        using var source = new MjpegStreamSource(new MemoryStream(Concatenate(Images)), fps: 30, loop: true);
        VideoFrame frame = VideoFrame.Allocate(source.Format);
        for (int i = 0; i < 60; i++)
            Assert.True(source.TryRead(frame));

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 60; i++)
            Assert.True(source.TryRead(frame));

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    /// <summary>Reads from <paramref name="source"/> and checks each frame is the decoded image of the given index.</summary>
    private static void AssertDelivers(MjpegStreamSource source, int[] expected, bool expectEnd = true)
    {
        using var decoder = new JpegDecoder();
        VideoFrame frame = VideoFrame.Allocate(source.Format);
        VideoFrame reference = VideoFrame.Allocate(source.Format);
        foreach (int index in expected)
        {
            Assert.True(source.TryRead(frame));
            decoder.Decode(Images[index], reference);
            Assert.True(reference.Packed.SequenceEqual(frame.Packed), $"frame should be image {index}");
        }
        if (expectEnd)
            Assert.False(source.TryRead(frame));
    }

    private static byte[][] EncodeImages(int count, int width, int height)
    {
        using var encoder = new JpegEncoder(80, JpegSubsampling.Yuv422);
        return Enumerable.Range(0, count).Select(seed =>
        {
            using VideoFrame frame = PhotoLikeFrame.Create(width, height, seed + 100);
            return encoder.Encode(frame).ToArray();
        }).ToArray();
    }

    private static byte[] Concatenate(IEnumerable<byte[]> images) => images.SelectMany(i => i).ToArray();
}
