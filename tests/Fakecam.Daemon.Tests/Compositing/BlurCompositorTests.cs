using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Tests.Kernels;

namespace Fakecam.Daemon.Tests.Compositing;

public class BlurCompositorTests
{
    [Theory]
    [InlineData(1280, 720)]
    [InlineData(641, 361)]
    public void The_person_leaves_no_halo_in_the_blurred_background(int width, int height)
    {
        (VideoFrame frame, AlphaMask mask) = MaskedFrames.WithPerson(width, height, MaskedFrames.HeadAndShoulders(width, height), 235, 16);
        using (frame)
        {
            byte[] original = frame.Y.ToArray();
            new BlurCompositor(1.0).Compose(frame, mask, MaskedFrames.Coarse(frame, mask));

            int blurRadius = BlurCompositor.RadiusFor(1.0, height);
            int checkedPixels = 0;
            for (int y = 0; y < height; y += 3)
            {
                for (int x = 0; x < width; x += 3)
                {
                    int i = y * width + x;
                    if (mask.Luma[i] == 255)
                    {
                        Assert.Equal(235, frame.Y[i]);
                        continue;
                    }
                    int distance = MaskedFrames.DistanceToPerson(mask, x, y, 8);
                    if (distance > 8)
                        continue;
                    checkedPixels++;
                    Assert.True(frame.Y[i] <= 16 + 3, $"background at ({x}, {y}), {distance} px from the person, is {frame.Y[i]}");
                    // A plain blur of the same radius would have made it much brighter.
                    Assert.True(distance < blurRadius, $"blur radius {blurRadius}");
                    double naive = BoxMean(original, width, height, x, y, blurRadius);
                    Assert.True(naive > 16 + 15, $"a plain blur at ({x}, {y}) would give {naive:0.#}");
                }
            }
            Assert.True(checkedPixels > 300, $"only {checkedPixels} pixels near the silhouette");
        }
    }

    [Fact]
    public void The_background_is_blurred_and_keeps_its_colour()
    {
        // An 8-pixel checkerboard of two colours, no person: the blur averages it.
        VideoFrame frame = Kernels.ModelInputTests.Uniform(1280, 720, 0, 0, 0);
        for (int y = 0; y < 720; y++)
            for (int x = 0; x < 1280; x++)
                frame.Y[y * 1280 + x] = ((x / 8 + y / 8) & 1) == 0 ? (byte)40 : (byte)200;
        frame.U.Fill(100);
        frame.V.Fill(150);
        var mask = new AlphaMask(frame.Format);
        Array.Clear(mask.Luma);
        Array.Clear(mask.Chroma);

        new BlurCompositor(0.5).Compose(frame, mask, MaskedFrames.Coarse(frame, mask));

        Assert.All(frame.Y.ToArray(), v => Assert.InRange(v, 110, 130));
        Assert.All(frame.U.ToArray(), v => Assert.Equal(100, v));
        Assert.All(frame.V.ToArray(), v => Assert.Equal(150, v));
    }

    [Fact]
    public void Composing_allocates_nothing_after_the_first_frame()
    {
        (VideoFrame frame, AlphaMask mask) = MaskedFrames.WithPerson(1280, 720, MaskedFrames.HeadAndShoulders(1280, 720), 235, 16);
        var compositor = new BlurCompositor(0.7);
        CoarseFrame coarse = MaskedFrames.Coarse(frame, mask);
        SteadyState.AssertAllocationFree(() => compositor.Compose(frame, mask, coarse));
    }

    [Fact]
    public void Strength_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BlurCompositor(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BlurCompositor(0.5).Strength = double.NaN);
    }

    private static double BoxMean(byte[] plane, int width, int height, int x, int y, int radius)
    {
        double sum = 0;
        int count = 0;
        for (int py = Math.Max(0, y - radius); py <= Math.Min(height - 1, y + radius); py++)
            for (int px = Math.Max(0, x - radius); px <= Math.Min(width - 1, x + radius); px++)
            {
                sum += plane[py * width + px];
                count++;
            }
        return sum / count;
    }
}
