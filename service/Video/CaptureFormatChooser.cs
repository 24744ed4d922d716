namespace Fakecam.Daemon.Video;

/// <summary>
/// Picks the capture mode for a requested size and rate: the requested size if offered, else the offered
/// size closest in pixel count (same aspect ratio first); then the fastest rate up to the request; then the
/// preferred pixel format (<see cref="CapturePixelFormats.Rank"/>) among those reaching that rate.
/// </summary>
internal static class CaptureFormatChooser
{
    public static CaptureMode? Choose(IReadOnlyList<CaptureMode> modes, int width, int height, int fps)
    {
        CaptureMode? best = null;
        foreach (CaptureMode mode in modes)
        {
            if (!CapturePixelFormats.IsSupported(mode.PixelFormat))
                continue;
            if (best is not { } current || Compare(mode, current, width, height, fps) < 0)
                best = mode;
        }
        return best;
    }

    /// <summary>Negative when <paramref name="a"/> suits the request better than <paramref name="b"/>.</summary>
    private static int Compare(CaptureMode a, CaptureMode b, int width, int height, int fps)
    {
        int bySize = SizeDistance(a, width, height).CompareTo(SizeDistance(b, width, height));
        if (bySize != 0)
            return bySize;
        int byRate = Math.Min(b.Fps, fps).CompareTo(Math.Min(a.Fps, fps));
        if (byRate != 0)
            return byRate;
        int byFormat = CapturePixelFormats.Rank(a.PixelFormat).CompareTo(CapturePixelFormats.Rank(b.PixelFormat));
        if (byFormat != 0)
            return byFormat;
        return Math.Abs(a.Fps - fps).CompareTo(Math.Abs(b.Fps - fps));
    }

    private static (int Aspect, long Pixels) SizeDistance(CaptureMode mode, int width, int height)
    {
        bool sameAspect = (long)mode.Width * height == (long)mode.Height * width;
        long pixels = Math.Abs((long)mode.Width * mode.Height - (long)width * height);
        return (sameAspect ? 0 : 1, pixels);
    }
}
