namespace Fakecam.Daemon.Tests.Backgrounds;

/// <summary>An RGBA picture built in memory, to be encoded into fixtures by a real encoder.</summary>
internal sealed class TestImage(int width, int height)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Rgba { get; } = new byte[width * height * 4];

    public static TestImage Solid(int width, int height, byte r, byte g, byte b, byte a = 255)
    {
        var image = new TestImage(width, height);
        image.Fill(0, 0, width, height, r, g, b, a);
        return image;
    }

    /// <summary>Red top left, green top right, blue bottom left, white bottom right.</summary>
    public static TestImage Quadrants(int width, int height)
    {
        var image = new TestImage(width, height);
        int halfWidth = width / 2, halfHeight = height / 2;
        image.Fill(0, 0, halfWidth, halfHeight, 255, 0, 0);
        image.Fill(halfWidth, 0, width, halfHeight, 0, 255, 0);
        image.Fill(0, halfHeight, halfWidth, height, 0, 0, 255);
        image.Fill(halfWidth, halfHeight, width, height, 255, 255, 255);
        return image;
    }

    public void Fill(int left, int top, int right, int bottom, byte r, byte g, byte b, byte a = 255)
    {
        for (int y = top; y < bottom; y++)
        {
            for (int x = left; x < right; x++)
            {
                int i = (y * Width + x) * 4;
                Rgba[i] = r;
                Rgba[i + 1] = g;
                Rgba[i + 2] = b;
                Rgba[i + 3] = a;
            }
        }
    }

    /// <summary>The picture without its alpha channel, 3 bytes per pixel.</summary>
    public byte[] Rgb()
    {
        var rgb = new byte[Width * Height * 3];
        for (int i = 0, j = 0; i < Rgba.Length; i += 4, j += 3)
            Rgba.AsSpan(i, 3).CopyTo(rgb.AsSpan(j));
        return rgb;
    }
}
