namespace Fakecam.Daemon.Frames;

/// <summary>
/// The person mask at frame resolution: 0 = background, 255 = person, one plane at luma size and one
/// at chroma size (I420), so the compositor blends every plane without resampling. It holds either the
/// whole frame or a band of rows starting at <see cref="FirstRow"/>, which the pipeline moves down the frame
/// so that each band's alpha is blended while it is still in cache.
/// </summary>
public sealed class AlphaMask
{
    /// <summary>A mask for the whole frame.</summary>
    public AlphaMask(FrameFormat format)
        : this(format, format.Height)
    {
    }

    /// <summary>A band of <paramref name="rows"/> rows (even, so that bands cover whole chroma rows), at most the frame's height.</summary>
    public AlphaMask(FrameFormat format, int rows)
    {
        rows = Math.Min(rows, format.Height);
        if (rows < 1 || (rows % 2 != 0 && rows != format.Height))
            throw new ArgumentOutOfRangeException(nameof(rows), rows, "A band of a mask has an even number of rows, or all of them.");
        Format = format;
        Rows = rows;
        Luma = GC.AllocateUninitializedArray<byte>(rows * format.Width, pinned: true);
        Chroma = GC.AllocateUninitializedArray<byte>((rows + 1) / 2 * format.ChromaWidth, pinned: true);
    }

    public FrameFormat Format { get; }

    public int Width => Format.Width;

    public int Height => Format.Height;

    /// <summary>Luma rows the mask holds.</summary>
    public int Rows { get; }

    /// <summary>The frame row of the first row held: always even, 0 for a whole-frame mask.</summary>
    public int FirstRow
    {
        get;
        set
        {
            if (value < 0 || value >= Format.Height || value % 2 != 0)
                throw new ArgumentOutOfRangeException(nameof(value), value, "A band starts on an even row inside the frame.");
            field = value;
        }
    }

    /// <summary>Frame rows the band covers: <see cref="Rows"/>, fewer at the bottom of the frame.</summary>
    public int RowCount => Math.Min(Rows, Format.Height - FirstRow);

    /// <summary>The first chroma row held.</summary>
    public int FirstChromaRow => FirstRow / 2;

    /// <summary>Chroma rows the band covers.</summary>
    public int ChromaRowCount => (FirstRow + RowCount + 1) / 2 - FirstChromaRow;

    /// <summary>The band's luma rows, Width bytes each; the whole plane for a whole-frame mask.</summary>
    public byte[] Luma { get; }

    /// <summary>The band's chroma rows, ChromaWidth bytes each.</summary>
    public byte[] Chroma { get; }

    /// <summary>Luma alpha of frame row <paramref name="y"/>, which must be in the band.</summary>
    public Span<byte> LumaRow(int y) => Luma.AsSpan((y - FirstRow) * Format.Width, Format.Width);

    /// <summary>Chroma alpha of chroma row <paramref name="cy"/>, which must be in the band.</summary>
    public Span<byte> ChromaRow(int cy) => Chroma.AsSpan((cy - FirstChromaRow) * Format.ChromaWidth, Format.ChromaWidth);
}
