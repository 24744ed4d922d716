using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Video;

public sealed class CaptureFormatChooserTests
{
    private const uint Mjpeg = V4l2.V4L2_PIX_FMT_MJPEG;
    private const uint Yuyv = V4l2.V4L2_PIX_FMT_YUYV;

    /// <summary>A typical USB 2 webcam: YUYV is slow at large sizes, MJPEG is fast everywhere.</summary>
    private static readonly CaptureMode[] Webcam =
    [
        new(Yuyv, 640, 480, 30), new(Yuyv, 1280, 720, 10), new(Yuyv, 1920, 1080, 5),
        new(Mjpeg, 640, 480, 30), new(Mjpeg, 1280, 720, 30), new(Mjpeg, 1280, 720, 15), new(Mjpeg, 1920, 1080, 30),
    ];

    [Fact]
    public void PrefersMjpegWhenBothReachTheRate()
    {
        Assert.Equal(new CaptureMode(Mjpeg, 640, 480, 30), CaptureFormatChooser.Choose(Webcam, 640, 480, 30));
    }

    [Fact]
    public void TakesMjpegWhereYuyvIsTooSlow()
    {
        Assert.Equal(new CaptureMode(Mjpeg, 1280, 720, 30), CaptureFormatChooser.Choose(Webcam, 1280, 720, 30));
    }

    [Fact]
    public void TakesYuyvWhenItIsTheOnlyFormat()
    {
        CaptureMode[] yuyvOnly = [new(Yuyv, 640, 480, 30), new(Yuyv, 1280, 720, 10)];

        Assert.Equal(new CaptureMode(Yuyv, 1280, 720, 10), CaptureFormatChooser.Choose(yuyvOnly, 1280, 720, 30));
    }

    [Fact]
    public void PicksTheRateClosestToTheRequestWithoutExceedingTheNeed()
    {
        CaptureMode[] modes = [new(Mjpeg, 1280, 720, 60), new(Mjpeg, 1280, 720, 30), new(Mjpeg, 1280, 720, 15)];

        Assert.Equal(new CaptureMode(Mjpeg, 1280, 720, 30), CaptureFormatChooser.Choose(modes, 1280, 720, 30));
    }

    [Fact]
    public void FallsBackToTheNearestSizeOfTheSameShape()
    {
        CaptureMode[] modes = [new(Mjpeg, 800, 600, 30), new(Mjpeg, 960, 540, 30), new(Mjpeg, 1920, 1080, 30)];

        Assert.Equal(new CaptureMode(Mjpeg, 960, 540, 30), CaptureFormatChooser.Choose(modes, 1280, 720, 30));
    }

    [Fact]
    public void TakesPlanarYu12OnlyWhenNothingElseReachesTheRate()
    {
        CaptureMode[] modes = [new(V4l2.V4L2_PIX_FMT_YUV420, 1280, 720, 30), new(Yuyv, 1280, 720, 30), new(Yuyv, 1280, 720, 10)];

        Assert.Equal(new CaptureMode(Yuyv, 1280, 720, 30), CaptureFormatChooser.Choose(modes, 1280, 720, 30));
        Assert.Equal(new CaptureMode(V4l2.V4L2_PIX_FMT_YUV420, 1280, 720, 30), CaptureFormatChooser.Choose(modes[0..1], 1280, 720, 30));
    }

    [Fact]
    public void IgnoresFormatsThePipelineCannotRead()
    {
        const uint Nv12 = 'N' | 'V' << 8 | '1' << 16 | (uint)'2' << 24;
        CaptureMode[] modes = [new(Nv12, 1280, 720, 30)];

        Assert.Null(CaptureFormatChooser.Choose(modes, 1280, 720, 30));
    }
}
