namespace Fakecam.Daemon.Backgrounds;

/// <summary>The largest background image accepted: checked before anything is decoded.</summary>
public static class BackgroundImageLimits
{
    public const long MaxFileBytes = 64L * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int MaxSide = 16384;
    public const int MinSide = 2;

    /// <summary>Refuses a picture whose header announces a size out of bounds.</summary>
    internal static void CheckDimensions(BackgroundImageFormat format, long width, long height)
    {
        if (width > MaxSide || height > MaxSide || width * height > MaxPixels)
        {
            throw new BackgroundImageException(
                BackgroundImageError.TooLarge,
                $"The {Name(format)} image is {width}x{height} pixels ({width * height / 1e6:0.##} megapixels); a background may have at most "
                + $"{MaxPixels / 1_000_000} megapixels and {MaxSide} pixels on a side. Scale it down and try again.");
        }
        if (width < MinSide || height < MinSide)
        {
            throw new BackgroundImageException(
                BackgroundImageError.InvalidArgument,
                $"The {Name(format)} image is only {width}x{height} pixels; a background needs at least {MinSide}x{MinSide}. "
                + "For a plain colour, set a colour background instead.");
        }
    }

    internal static BackgroundImageException FileTooLarge(string what) => new(
        BackgroundImageError.TooLarge,
        $"{what} is larger than {MaxFileBytes / (1024 * 1024)} MiB, the limit for a background image. Use a smaller or more compressed image.");

    private static string Name(BackgroundImageFormat format) => format switch
    {
        BackgroundImageFormat.Png => "PNG",
        BackgroundImageFormat.Jpeg => "JPEG",
        _ => "WebP",
    };
}
