using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>Turns and mirrors a picture upright according to its Exif orientation (1–8).</summary>
internal static class RgbaOrientation
{
    /// <summary>The upright picture: <paramref name="source"/> itself for orientation 1, otherwise a new one.</summary>
    public static RgbaPixels Apply(RgbaPixels source, int orientation)
    {
        if (orientation == ExifOrientation.Normal)
            return source;

        bool swapsSides = orientation >= 5;
        int width = source.Width, height = source.Height;
        var upright = new RgbaPixels(swapsSides ? height : width, swapsSides ? width : height);
        ReadOnlySpan<uint> from = MemoryMarshal.Cast<byte, uint>(source.Span);
        Span<uint> to = MemoryMarshal.Cast<byte, uint>(upright.Span);
        for (int y = 0; y < upright.Height; y++)
        {
            for (int x = 0; x < upright.Width; x++)
            {
                (int sx, int sy) = orientation switch
                {
                    2 => (width - 1 - x, y),
                    3 => (width - 1 - x, height - 1 - y),
                    4 => (x, height - 1 - y),
                    5 => (y, x),
                    6 => (y, height - 1 - x),
                    7 => (width - 1 - y, height - 1 - x),
                    _ => (width - 1 - y, x),
                };
                to[y * upright.Width + x] = from[sy * width + sx];
            }
        }
        return upright;
    }
}
