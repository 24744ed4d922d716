using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Kernels;

/// <summary>Flips a frame left to right in place (MemoryExtensions.Reverse is vectorized by the runtime).</summary>
public static class Mirror
{
    public static void Flip(VideoFrame frame)
    {
        FlipRows(frame.Y, frame.LumaStride, frame.Width, frame.Height);
        FlipRows(frame.U, frame.ChromaStride, frame.Format.ChromaWidth, frame.Format.ChromaHeight);
        FlipRows(frame.V, frame.ChromaStride, frame.Format.ChromaWidth, frame.Format.ChromaHeight);
    }

    private static void FlipRows(Span<byte> plane, int stride, int width, int height)
    {
        for (int row = 0; row < height; row++)
            plane.Slice(row * stride, width).Reverse();
    }
}
