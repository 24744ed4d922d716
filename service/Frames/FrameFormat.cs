namespace Fakecam.Daemon.Frames;

/// <summary>Size and rate of a video stream. Frames inside the pipeline are always I420 (YUV 4:2:0 planar).</summary>
public readonly record struct FrameFormat(int Width, int Height, int FpsNumerator, int FpsDenominator)
{
    public const int MaxDimension = 8192;

    public double Fps => FpsDenominator == 0 ? 0 : (double)FpsNumerator / FpsDenominator;

    public int ChromaWidth => (Width + 1) / 2;

    public int ChromaHeight => (Height + 1) / 2;

    public int LumaSize => Width * Height;

    public int ChromaSize => ChromaWidth * ChromaHeight;

    /// <summary>Bytes of one tightly packed I420 frame.</summary>
    public int I420Size => LumaSize + 2 * ChromaSize;

    public override string ToString() => $"{Width}x{Height}@{Fps:0.##}";
}
