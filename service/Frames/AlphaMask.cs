namespace Fakecam.Daemon.Frames;

/// <summary>
/// The person mask at frame resolution: 0 = background, 255 = person, one plane at luma size and one
/// at chroma size (I420), so the compositor blends every plane without resampling.
/// </summary>
public sealed class AlphaMask
{
    public AlphaMask(FrameFormat format)
    {
        Format = format;
        Luma = GC.AllocateUninitializedArray<byte>(format.LumaSize, pinned: true);
        Chroma = GC.AllocateUninitializedArray<byte>(format.ChromaSize, pinned: true);
    }

    public FrameFormat Format { get; }

    public int Width => Format.Width;

    public int Height => Format.Height;

    /// <summary>Width × Height, stride = Width.</summary>
    public byte[] Luma { get; }

    /// <summary>ChromaWidth × ChromaHeight, stride = ChromaWidth.</summary>
    public byte[] Chroma { get; }
}
