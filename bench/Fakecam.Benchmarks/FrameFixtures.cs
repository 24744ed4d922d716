using Fakecam.Daemon.Frames;

namespace Fakecam.Benchmarks;

/// <summary>A synthetic talking-head frame (textured background, bright head and shoulders) and its mask.</summary>
internal static class FrameFixtures
{
    public static FrameFormat Format(int height) => height switch
    {
        720 => new FrameFormat(1280, 720, 30, 1),
        1080 => new FrameFormat(1920, 1080, 30, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(height)),
    };

    public static VideoFrame Frame(FrameFormat format)
    {
        VideoFrame frame = VideoFrame.Allocate(format);
        var random = new Random(1);
        for (int y = 0; y < format.Height; y++)
            for (int x = 0; x < format.Width; x++)
                frame.Y[y * format.Width + x] = IsPerson(format, x, y) ? (byte)(180 + random.Next(40)) : (byte)((x ^ y) & 0xFF);
        random.NextBytes(frame.U);
        random.NextBytes(frame.V);
        return frame;
    }

    public static AlphaMask Mask(FrameFormat format)
    {
        var mask = new AlphaMask(format);
        for (int y = 0; y < format.Height; y++)
            for (int x = 0; x < format.Width; x++)
                mask.Luma[y * format.Width + x] = IsPerson(format, x, y) ? (byte)255 : (byte)0;
        for (int y = 0; y < format.ChromaHeight; y++)
            for (int x = 0; x < format.ChromaWidth; x++)
                mask.Chroma[y * format.ChromaWidth + x] = mask.Luma[2 * y * format.Width + 2 * x];
        return mask;
    }

    /// <summary>Model output for the same silhouette: soft at the edges like a real model's.</summary>
    public static float[] Probabilities(int width, int height, FrameFormat format)
    {
        var probabilities = new float[width * height];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                probabilities[y * width + x] = IsPerson(format, (x * format.Width + format.Width / 2) / width, (y * format.Height + format.Height / 2) / height) ? 0.95f : 0.05f;
        return probabilities;
    }

    private static bool IsPerson(FrameFormat format, int x, int y)
    {
        double cx = format.Width / 2.0, headY = format.Height * 0.4, radius = format.Height * 0.2;
        return (x - cx) * (x - cx) + (y - headY) * (y - headY) < radius * radius
            || (y > format.Height * 0.65 && Math.Abs(x - cx) < format.Width * 0.25);
    }
}
