using Fakecam.Daemon.Frames;

namespace Fakecam.Service.Tests.Api;

/// <summary>Looks at output frames the way a viewer would: which colour an area shows.</summary>
public static class Pixels
{
    /// <summary>A rectangle of luma pixels (even coordinates, so it maps onto whole chroma samples).</summary>
    public readonly record struct Area(int X, int Y, int Width, int Height);

    /// <summary>The hand-marked background of the person photo, inside the frame (see <see cref="Fixtures.CameraFiles.PersonPhoto"/>).</summary>
    public static readonly Area Background = new(244, 4, 44, 108);

    /// <summary>The hand-marked person.</summary>
    public static readonly Area Person = new(124, 96, 72, 60);

    /// <summary>Share of the area's pixels (by chroma sample) that look like <paramref name="color"/>: every plane within <paramref name="tolerance"/>.</summary>
    public static double Share(VideoFrame frame, Area area, (byte Y, byte U, byte V) color, int tolerance = 24)
    {
        int matching = 0, total = 0;
        int chromaWidth = frame.Format.ChromaWidth;
        for (int y = area.Y; y < area.Y + area.Height; y += 2)
        {
            for (int x = area.X; x < area.X + area.Width; x += 2)
            {
                int c = y / 2 * chromaWidth + x / 2;
                bool near = Math.Abs(frame.Y[y * frame.Width + x] - color.Y) <= tolerance
                    && Math.Abs(frame.U[c] - color.U) <= tolerance
                    && Math.Abs(frame.V[c] - color.V) <= tolerance;
                matching += near ? 1 : 0;
                total++;
            }
        }
        return (double)matching / total;
    }

    /// <summary>Share of the whole frame that is exactly <paramref name="color"/>.</summary>
    public static double ShareExactly(VideoFrame frame, (byte Y, byte U, byte V) color) =>
        Share(frame, new Area(0, 0, frame.Width, frame.Height), color, tolerance: 0);

    public static bool Same(VideoFrame a, VideoFrame b) =>
        a.Format.I420Size == b.Format.I420Size && a.Packed[..a.Format.I420Size].SequenceEqual(b.Packed[..b.Format.I420Size]);
}
