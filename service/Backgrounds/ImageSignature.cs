namespace Fakecam.Daemon.Backgrounds;

/// <summary>Tells the image format from the first bytes of a file, never from its name.</summary>
internal static class ImageSignature
{
    internal const string AcceptedFormats = "PNG, JPEG or WebP";

    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    public static BackgroundImageFormat Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(Png))
            return BackgroundImageFormat.Png;
        if (data.StartsWith(Jpeg))
            return BackgroundImageFormat.Jpeg;
        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
            return BackgroundImageFormat.WebP;
        throw new BackgroundImageException(BackgroundImageError.UnsupportedFormat, Describe(data));
    }

    private static string Describe(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
            return $"The file is empty. Choose a {AcceptedFormats} image.";
        if (data.StartsWith("GIF8"u8))
            return $"The file is a GIF. Still backgrounds must be {AcceptedFormats}; set a GIF as a video background instead.";
        return $"The file is not a {AcceptedFormats} image. Convert it to one of those formats and try again.";
    }
}
