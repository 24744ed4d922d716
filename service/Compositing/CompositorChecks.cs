using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Compositing;

internal static class CompositorChecks
{
    public static void SameSize(VideoFrame frame, AlphaMask mask)
    {
        if (frame.Width != mask.Width || frame.Height != mask.Height)
            throw new ArgumentException($"Mask is {mask.Width}x{mask.Height}, frame is {frame.Width}x{frame.Height}.", nameof(mask));
    }

    /// <summary>The luma rows of <paramref name="plane"/> (stride = width) that <paramref name="mask"/>'s band covers.</summary>
    public static Span<byte> LumaBand(Span<byte> plane, AlphaMask mask) =>
        plane.Slice(mask.FirstRow * mask.Width, mask.RowCount * mask.Width);

    /// <summary>The chroma rows of <paramref name="plane"/> that <paramref name="mask"/>'s band covers.</summary>
    public static Span<byte> ChromaBand(Span<byte> plane, AlphaMask mask) =>
        plane.Slice(mask.FirstChromaRow * mask.Format.ChromaWidth, mask.ChromaRowCount * mask.Format.ChromaWidth);
}
