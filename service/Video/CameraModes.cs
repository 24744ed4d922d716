using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>The modes a camera offers in the pixel formats the pipeline reads (<see cref="CapturePixelFormats"/>).</summary>
internal static class CameraModes
{
    /// <summary>The rate of a size whose frame intervals the driver does not list.</summary>
    public const int UnknownRate = 0;

    /// <summary>Sizes tried within a stepwise or continuous size range.</summary>
    private static readonly (int Width, int Height)[] CommonSizes =
        [(320, 240), (640, 360), (640, 480), (800, 600), (960, 540), (1024, 768), (1280, 720), (1280, 960), (1920, 1080), (2560, 1440), (3840, 2160)];

    /// <summary>Rates tried within a stepwise or continuous interval range.</summary>
    private static readonly int[] CommonRates = [5, 10, 15, 20, 24, 25, 30, 50, 60];

    public static List<CaptureMode> Read(V4l2Device device)
    {
        var modes = new List<CaptureMode>();
        foreach (uint pixelFormat in device.EnumeratePixelFormats(V4l2.V4L2_BUF_TYPE_VIDEO_CAPTURE))
        {
            if (!CapturePixelFormats.IsSupported(pixelFormat))
                continue;
            foreach ((int width, int height) in Sizes(device.EnumerateFrameSizes(pixelFormat)))
            {
                int before = modes.Count;
                foreach (int fps in Rates(device.EnumerateFrameIntervals(pixelFormat, (uint)width, (uint)height)))
                    modes.Add(new CaptureMode(pixelFormat, width, height, fps));
                if (modes.Count == before)
                    modes.Add(new CaptureMode(pixelFormat, width, height, UnknownRate));
            }
        }
        return modes;
    }

    public static IEnumerable<(int Width, int Height)> Sizes(List<V4l2.FrmSizeEnum> sizes)
    {
        foreach (V4l2.FrmSizeEnum size in sizes)
        {
            if (size.Type == V4l2.V4L2_FRMSIZE_TYPE_DISCRETE)
            {
                yield return ((int)size.DiscreteWidth, (int)size.DiscreteHeight);
                continue;
            }
            foreach ((int width, int height) in CommonSizes)
            {
                if (InRange(width, size.MinWidth, size.MaxWidth, size.StepWidth) && InRange(height, size.MinHeight, size.MaxHeight, size.StepHeight))
                    yield return (width, height);
            }
        }
    }

    /// <summary>Whole frames per second for each interval; a range gives the common rates inside it.</summary>
    public static IEnumerable<int> Rates(List<V4l2.FrmIvalEnum> intervals)
    {
        var rates = new SortedSet<int>();
        foreach (V4l2.FrmIvalEnum interval in intervals)
        {
            if (interval.Type == V4l2.V4L2_FRMIVAL_TYPE_DISCRETE)
            {
                if (ToFps(interval.Discrete) is int fps and > 0)
                    rates.Add(fps);
                continue;
            }
            double slowest = Seconds(interval.StepwiseMax), fastest = Seconds(interval.StepwiseMin);
            foreach (int fps in CommonRates)
            {
                if (1.0 / fps <= slowest + 1e-9 && 1.0 / fps >= fastest - 1e-9)
                    rates.Add(fps);
            }
        }
        return rates.Reverse();
    }

    private static int ToFps(V4l2.Fract interval) =>
        interval.Numerator == 0 ? 0 : (int)Math.Round((double)interval.Denominator / interval.Numerator);

    private static double Seconds(V4l2.Fract interval) =>
        interval.Denominator == 0 ? 0 : (double)interval.Numerator / interval.Denominator;

    private static bool InRange(int value, uint min, uint max, uint step) =>
        value >= min && value <= max && (step <= 1 || (value - min) % step == 0);
}
