namespace Fakecam.Daemon.Video;

/// <summary>What <see cref="JpegFrameScanner.Scan"/> found at the front of a buffer.</summary>
public enum JpegScanResult
{
    /// <summary>A complete image from SOI to EOI.</summary>
    Frame,

    /// <summary>An image that starts with SOI but breaks off (truncated, or a marker where none may be).</summary>
    Damaged,

    /// <summary>No complete image yet: read more and scan again.</summary>
    NeedMore,
}

/// <summary>
/// Finds image boundaries in a stream of concatenated JPEG images by walking the marker segments
/// and the entropy-coded data (so SOI/EOI bytes inside an embedded thumbnail do not split a frame).
/// Bytes before the first SOI are junk the caller drops.
/// </summary>
public static class JpegFrameScanner
{
    private const byte Marker = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;

    /// <summary>
    /// <see cref="JpegScanResult.Frame"/>: the image is <paramref name="data"/>[start..start+length].
    /// <see cref="JpegScanResult.Damaged"/>: drop everything before start+length (the broken image included).
    /// <see cref="JpegScanResult.NeedMore"/>: bytes before start are junk; an image may begin at start.
    /// </summary>
    public static JpegScanResult Scan(ReadOnlySpan<byte> data, out int start, out int length)
    {
        length = 0;
        start = FindStartOfImage(data);
        if (start < 0)
        {
            // Keep a trailing 0xFF: it may be the first half of the next SOI.
            start = data.Length > 0 && data[^1] == Marker ? data.Length - 1 : data.Length;
            return JpegScanResult.NeedMore;
        }

        int i = start + 2;
        while (true)
        {
            if (i + 1 >= data.Length)
                return JpegScanResult.NeedMore;
            if (data[i] != Marker)
                return Broken(start, i, out length);
            if (data[i + 1] == Marker)
            {
                i++; // fill byte
                continue;
            }

            byte marker = data[i + 1];
            i += 2;
            if (marker == EndOfImage)
            {
                length = i - start;
                return JpegScanResult.Frame;
            }
            if (marker == StartOfImage)
                return Broken(start, i - 2, out length);
            if (IsStandalone(marker))
                continue;
            if (marker == 0x00)
                return Broken(start, i, out length);

            if (i + 2 > data.Length)
                return JpegScanResult.NeedMore;
            int segment = (data[i] << 8) | data[i + 1];
            if (segment < 2)
                return Broken(start, i, out length);
            if (i + segment > data.Length)
                return JpegScanResult.NeedMore;
            if (!MayHoldImages(marker) && NextImageStart(data.Slice(i, segment)) is int next and >= 0)
                return Broken(start, i + next, out length);
            i += segment;
            if (marker == StartOfScan)
            {
                i = SkipEntropyCodedData(data, i);
                if (i < 0)
                    return JpegScanResult.NeedMore;
            }
        }
    }

    private static int FindStartOfImage(ReadOnlySpan<byte> data)
    {
        int offset = 0;
        while (true)
        {
            int found = data[offset..].IndexOf(Marker);
            if (found < 0)
                return -1;
            int at = offset + found;
            if (at + 1 >= data.Length)
                return -1;
            if (data[at + 1] == StartOfImage)
                return at;
            offset = at + 1;
        }
    }

    /// <summary>Returns the index of the marker that ends the scan, or -1 if the data ends first.</summary>
    private static int SkipEntropyCodedData(ReadOnlySpan<byte> data, int i)
    {
        while (true)
        {
            int found = data[i..].IndexOf(Marker);
            if (found < 0)
                return -1;
            i += found;
            if (i + 1 >= data.Length)
                return -1;
            byte next = data[i + 1];
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7))
                i += 2; // stuffed 0xFF byte or restart marker: still scan data
            else if (next == Marker)
                i++;
            else
                return i;
        }
    }

    /// <summary>Application segments (APP0–APP15) and comments may embed whole JPEG thumbnails.</summary>
    private static bool MayHoldImages(byte marker) => marker is >= 0xE0 and <= 0xEF or 0xFE;

    /// <summary>
    /// Where SOI followed by another marker starts inside a table segment, or -1: a sign that this image
    /// was cut off inside its headers and the next image's bytes were taken as table data.
    /// </summary>
    private static int NextImageStart(ReadOnlySpan<byte> segment)
    {
        ReadOnlySpan<byte> startOfImage = [Marker, StartOfImage, Marker];
        return segment.IndexOf(startOfImage);
    }

    private static bool IsStandalone(byte marker) => marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);

    /// <summary>The image at start is broken at <paramref name="resume"/>; never resume at start itself.</summary>
    private static JpegScanResult Broken(int start, int resume, out int length)
    {
        length = Math.Max(resume - start, 2);
        return JpegScanResult.Damaged;
    }
}
