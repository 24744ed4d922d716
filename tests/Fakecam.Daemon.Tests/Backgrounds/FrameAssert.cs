using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Tests.Backgrounds;

internal static class FrameAssert
{
    // BT.601 full range of pure colours, rounded.
    public static readonly (byte Y, byte U, byte V) Red = (76, 85, 255);
    public static readonly (byte Y, byte U, byte V) Green = (150, 44, 21);
    public static readonly (byte Y, byte U, byte V) Blue = (29, 255, 107);
    public static readonly (byte Y, byte U, byte V) White = (255, 128, 128);
    public static readonly (byte Y, byte U, byte V) Black = (0, 128, 128);

    public static void Size(VideoFrame frame, int width, int height)
    {
        Assert.Equal(width, frame.Width);
        Assert.Equal(height, frame.Height);
    }

    /// <summary>Every pixel of the luma rectangle [left, right) × [top, bottom) and its chroma have the colour.</summary>
    public static void Region(VideoFrame frame, int left, int top, int right, int bottom, (byte Y, byte U, byte V) colour, int tolerance = 0)
    {
        for (int y = top; y < bottom; y++)
        {
            for (int x = left; x < right; x++)
                Near(colour.Y, frame.Y[y * frame.LumaStride + x], tolerance, $"Y at ({x},{y})");
        }
        for (int y = top / 2; y < bottom / 2; y++)
        {
            for (int x = left / 2; x < right / 2; x++)
            {
                Near(colour.U, frame.U[y * frame.ChromaStride + x], tolerance, $"U at ({x},{y})");
                Near(colour.V, frame.V[y * frame.ChromaStride + x], tolerance, $"V at ({x},{y})");
            }
        }
    }

    public static void Whole(VideoFrame frame, (byte Y, byte U, byte V) colour, int tolerance = 0) =>
        Region(frame, 0, 0, frame.Width, frame.Height, colour, tolerance);

    private static void Near(byte expected, byte actual, int tolerance, string where)
    {
        if (Math.Abs(expected - actual) > tolerance)
            Assert.Fail($"{where}: expected {expected}±{tolerance}, got {actual}");
    }
}
