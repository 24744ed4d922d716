using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public sealed class PackedYuvTests
{
    public static TheoryData<int, int> Sizes()
    {
        var sizes = new TheoryData<int, int>();
        for (int width = 2; width <= 130; width += 2)
            sizes.Add(width, width % 3 + 1);
        sizes.Add(1280, 720);
        sizes.Add(1920, 1081);
        return sizes;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void YuyvToI420VectorMatchesScalar(int width, int height)
    {
        int stride = 2 * width + 6;
        byte[] yuyv = RandomBytes(stride * height, width * height);
        VideoFrame vector = VideoFrame.Allocate(new FrameFormat(width, height, 30, 1));
        VideoFrame scalar = VideoFrame.Allocate(vector.Format);

        PackedYuv.YuyvToI420(yuyv, stride, vector);
        PackedYuv.YuyvToI420Scalar(yuyv, stride, scalar);

        Assert.True(vector.Packed.SequenceEqual(scalar.Packed));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void I420ToYuyvVectorMatchesScalar(int width, int height)
    {
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(width, height, 30, 1));
        RandomBytes(frame.Format.I420Size, width + height).CopyTo(frame.Packed);
        int stride = 2 * width + 10;
        byte[] vector = new byte[stride * height];
        byte[] scalar = new byte[stride * height];

        PackedYuv.I420ToYuyv(frame, vector, stride);
        PackedYuv.I420ToYuyvScalar(frame, scalar, stride);

        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void YuyvToI420SplitsLumaAndAveragesChromaOfRowPairs()
    {
        byte[] yuyv =
        [
            10, 100, 11, 200, 12, 50, 13, 60,
            20, 101, 21, 203, 22, 51, 23, 61,
            30, 7, 31, 9, 32, 1, 33, 255,
        ];
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(4, 3, 30, 1));

        PackedYuv.YuyvToI420(yuyv, 8, frame);

        Assert.Equal(new byte[] { 10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33 }, frame.Y.ToArray());
        Assert.Equal(new byte[] { 101, 51, 7, 1 }, frame.U.ToArray());
        Assert.Equal(new byte[] { 202, 61, 9, 255 }, frame.V.ToArray());
    }

    [Fact]
    public void I420ToYuyvRepeatsChromaForBothRowsOfAPair()
    {
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(4, 3, 30, 1));
        new byte[] { 10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33 }.CopyTo(frame.Y);
        new byte[] { 1, 2, 3, 4 }.CopyTo(frame.U);
        new byte[] { 5, 6, 7, 8 }.CopyTo(frame.V);
        byte[] yuyv = new byte[24];

        PackedYuv.I420ToYuyv(frame, yuyv, 8);

        Assert.Equal(
            new byte[]
            {
                10, 1, 11, 5, 12, 2, 13, 6,
                20, 1, 21, 5, 22, 2, 23, 6,
                30, 3, 31, 7, 32, 4, 33, 8,
            },
            yuyv);
    }

    [Fact]
    public void RoundTripThroughYuyvKeepsI420Unchanged()
    {
        VideoFrame original = VideoFrame.Allocate(new FrameFormat(1280, 720, 30, 1));
        RandomBytes(original.Format.I420Size, 3).CopyTo(original.Packed);
        VideoFrame back = VideoFrame.Allocate(original.Format);
        byte[] yuyv = new byte[2 * 1280 * 720];

        PackedYuv.I420ToYuyv(original, yuyv, 2 * 1280);
        PackedYuv.YuyvToI420(yuyv, 2 * 1280, back);

        Assert.True(original.Packed.SequenceEqual(back.Packed));
    }

    [Fact]
    public void OddWidthIsRefused()
    {
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(5, 2, 30, 1));

        Assert.Throws<ArgumentException>(() => PackedYuv.YuyvToI420(new byte[20], 10, frame));
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        byte[] bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
