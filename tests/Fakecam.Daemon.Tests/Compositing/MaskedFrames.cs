using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Tests.Kernels;

namespace Fakecam.Daemon.Tests.Compositing;

/// <summary>A frame with a person drawn into it and the matching exact mask.</summary>
internal static class MaskedFrames
{
    public static (VideoFrame Frame, AlphaMask Mask) WithPerson(int width, int height, Func<int, int, bool> isPerson,
        byte personY, byte backgroundY, byte u = 128, byte v = 128)
    {
        VideoFrame frame = ModelInputTests.Uniform(width, height, backgroundY, u, v);
        var mask = new AlphaMask(frame.Format);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                bool person = isPerson(x, y);
                frame.Y[y * width + x] = person ? personY : backgroundY;
                mask.Luma[y * width + x] = person ? (byte)255 : (byte)0;
            }
        }
        int chromaWidth = frame.Format.ChromaWidth;
        for (int cy = 0; cy < frame.Format.ChromaHeight; cy++)
        {
            ChromaAlpha.DownsampleRow(mask.Luma.AsSpan(2 * cy * width, width), mask.Luma.AsSpan(Math.Min(2 * cy + 1, height - 1) * width, width),
                mask.Chroma.AsSpan(cy * chromaWidth, chromaWidth));
        }
        return (frame, mask);
    }

    /// <summary>
    /// The frame and its mask at a model's size, as the pipeline's model input converter and mask refiner give
    /// them to the compositor: area means of the frame, the mask's area mean as alpha.
    /// </summary>
    public static CoarseFrame Coarse(VideoFrame frame, AlphaMask mask, int width = 256, int height = 144)
    {
        var converter = new ModelInputConverter(frame.Format, width, height);
        converter.Convert(frame, new float[converter.TensorLength]);
        CoarseFrame coarse = converter.Coarse;
        new PlaneResampler(frame.Width, frame.Height, width, height).Resample(mask.Luma, mask.Width, coarse.Alpha);
        for (int i = 0; i < coarse.Pixels; i++)
            coarse.Alpha[i] /= 255f;
        return coarse;
    }

    /// <summary>The silhouette of a head and shoulders: a disk on top of a wide rectangle.</summary>
    public static Func<int, int, bool> HeadAndShoulders(int width, int height) => (x, y) =>
    {
        double cx = width / 2.0, headY = height * 0.4, headRadius = height * 0.2;
        bool head = (x - cx) * (x - cx) + (y - headY) * (y - headY) < headRadius * headRadius;
        bool shoulders = y > height * 0.65 && Math.Abs(x - cx) < width * 0.25;
        return head || shoulders;
    };

    /// <summary>Distance in pixels from (x, y) to the nearest person pixel, searched up to <paramref name="limit"/>.</summary>
    public static int DistanceToPerson(AlphaMask mask, int x, int y, int limit)
    {
        for (int d = 0; d <= limit; d++)
            for (int dy = -d; dy <= d; dy++)
                for (int dx = -d; dx <= d; dx++)
                {
                    int px = x + dx, py = y + dy;
                    if (px >= 0 && py >= 0 && px < mask.Width && py < mask.Height && mask.Luma[py * mask.Width + px] == 255)
                        return d;
                }
        return int.MaxValue;
    }
}
