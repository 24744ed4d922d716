using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Tests.Kernels;

namespace Fakecam.Daemon.Tests.Compositing;

public class ImageCompositorTests
{
    [Fact]
    public void Cover_fills_the_frame_and_crops_the_overflow_evenly()
    {
        // A 4:3 image onto a 16:9 frame: scaled ×2, 30 image rows (250) are cropped at the top and at the bottom.
        using VideoFrame image = ModelInputTests.Uniform(320, 240, 100, 128, 128);
        for (int y = 0; y < 240; y++)
            for (int x = 0; x < 320; x++)
                image.Y[y * 320 + x] = y < 30 || y >= 210 ? (byte)250 : x < 160 ? (byte)50 : (byte)200;
        using VideoFrame frame = VideoFrame.Allocate(new FrameFormat(640, 360, 30, 1));

        BackgroundScaler.Cover(image, frame);

        // The outermost rows are bilinear between the last kept and the first cropped image row.
        for (int y = 1; y < 359; y++)
        {
            Assert.All(frame.Y.Slice(y * 640, 318).ToArray(), v => Assert.Equal(50, v));
            Assert.All(frame.Y.Slice(y * 640 + 322, 318).ToArray(), v => Assert.Equal(200, v));
        }
        Assert.DoesNotContain((byte)250, frame.Y[640..^640].ToArray());
        Assert.All(frame.U.ToArray(), v => Assert.Equal(128, v));
    }

    [Theory]
    [InlineData(4000, 3000, 1280, 720)]
    [InlineData(500, 1000, 1280, 720)]
    [InlineData(33, 17, 641, 359)]
    public void Cover_of_a_uniform_image_is_uniform(int imageWidth, int imageHeight, int width, int height)
    {
        using VideoFrame image = ModelInputTests.Uniform(imageWidth, imageHeight, 90, 60, 200);
        using VideoFrame frame = VideoFrame.Allocate(new FrameFormat(width, height, 30, 1));
        BackgroundScaler.Cover(image, frame);
        Assert.All(frame.Y.ToArray(), v => Assert.Equal(90, v));
        Assert.All(frame.U.ToArray(), v => Assert.Equal(60, v));
        Assert.All(frame.V.ToArray(), v => Assert.Equal(200, v));
    }

    [Fact]
    public void The_person_is_kept_and_the_background_is_the_image()
    {
        VideoFrame image = ModelInputTests.Uniform(320, 180, 30, 90, 170);
        (VideoFrame frame, AlphaMask mask) = MaskedFrames.WithPerson(640, 360, (_, y) => y >= 180, 220, 120);
        using (frame)
        using (var compositor = new ImageCompositor(image))
        {
            compositor.Compose(frame, mask, MaskedFrames.Coarse(frame, mask));
            Assert.All(frame.Y[..(180 * 640)].ToArray(), v => Assert.Equal(30, v));
            Assert.All(frame.Y[(180 * 640)..].ToArray(), v => Assert.Equal(220, v));
            Assert.All(frame.U[..(90 * 320)].ToArray(), v => Assert.Equal(90, v));
            Assert.All(frame.U[(90 * 320)..].ToArray(), v => Assert.Equal(128, v));
            Assert.All(frame.V[..(90 * 320)].ToArray(), v => Assert.Equal(170, v));

            CoarseFrame coarse = MaskedFrames.Coarse(frame, mask);
            SteadyState.AssertAllocationFree(() => compositor.Compose(frame, mask, coarse));
        }
    }
}
