using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Tests.Video;

/// <summary>
/// Deterministic frames with what JPEG finds in photos: smooth shading, soft round shapes, hard edges,
/// fine texture and sensor-like noise, and coloured regions in the chroma planes.
/// </summary>
internal static class PhotoLikeFrame
{
    public static VideoFrame Create(int width, int height, int seed = 1)
    {
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(width, height, 30, 1));
        Fill(frame, seed);
        return frame;
    }

    public static void Fill(VideoFrame frame, int seed)
    {
        var random = new Random(seed);
        int width = frame.Width, height = frame.Height;
        double cx = width * (0.3 + 0.4 * random.NextDouble()), cy = height * (0.3 + 0.4 * random.NextDouble());
        double radius = Math.Min(width, height) * 0.3;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                double shade = 60 + 90.0 * x / width + 40.0 * y / height;
                double d = Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
                double blob = d < radius ? 50 * (1 - d / radius) : 0;
                double edge = (x / 97 + y / 61) % 2 == 0 ? 0 : -25;
                double texture = 10 * Math.Sin(x * 0.35) * Math.Sin(y * 0.27);
                double noise = random.Next(-4, 5);
                frame.Y[y * frame.LumaStride + x] = Clamp(shade + blob + edge + texture + noise);
            }
        }
        for (int y = 0; y < frame.Format.ChromaHeight; y++)
        {
            for (int x = 0; x < frame.Format.ChromaWidth; x++)
            {
                double d = Math.Sqrt((2 * x - cx) * (2 * x - cx) + (2 * y - cy) * (2 * y - cy));
                frame.U[y * frame.ChromaStride + x] = Clamp(d < radius ? 100 : 128 + 30.0 * x / frame.Format.ChromaWidth);
                frame.V[y * frame.ChromaStride + x] = Clamp(d < radius ? 160 : 120 + 20.0 * y / frame.Format.ChromaHeight);
            }
        }
    }

    /// <summary>Peak signal-to-noise ratio in dB between two planes of the same size.</summary>
    public static double Psnr(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        double sum = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            double e = expected[i] - actual[i];
            sum += e * e;
        }
        double mse = sum / expected.Length;
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    private static byte Clamp(double value) => (byte)Math.Clamp((int)Math.Round(value), 0, 255);
}
