namespace Fakecam.Daemon.Frames;

/// <summary>
/// A frame and its person alpha on a coarse grid that covers the whole frame (the model's input size, each
/// sample the area mean of the frame pixels under it): what the mask refiner uses as its guide and what the
/// blur builds its background from, so neither reads the full-resolution frame again.
/// </summary>
public sealed class CoarseFrame
{
    public CoarseFrame(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        Y = new float[width * height];
        U = new float[width * height];
        V = new float[width * height];
        Alpha = new float[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public int Pixels => Width * Height;

    /// <summary>Luma, 0..255, row-major.</summary>
    public float[] Y { get; }

    /// <summary>Chroma, 0..255, on the same grid as <see cref="Y"/>.</summary>
    public float[] U { get; }

    public float[] V { get; }

    /// <summary>Person alpha in [0, 1] (1 = person), written by the mask refiner.</summary>
    public float[] Alpha { get; }
}
