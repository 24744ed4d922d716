using System.Globalization;

namespace Fakecam.Ctl.Arguments;

/// <summary><c>WxH</c> or <c>WxH@FPS</c>, e.g. <c>1280x720@30</c>.</summary>
internal readonly record struct ResolutionText(uint Width, uint Height, uint? Fps)
{
    public static bool TryParse(string text, out ResolutionText resolution, out string error)
    {
        resolution = default;
        error = $"Resolution \"{text}\" is not of the form WIDTHxHEIGHT or WIDTHxHEIGHT@FPS (for example 1280x720@30).";
        string[] sizeAndRate = text.Trim().Split('@');
        if (sizeAndRate.Length > 2)
            return false;
        string[] size = sizeAndRate[0].Split('x', 'X');
        if (size.Length != 2 || !TryPositive(size[0], out uint width) || !TryPositive(size[1], out uint height))
            return false;
        uint? fps = null;
        if (sizeAndRate.Length == 2)
        {
            if (!TryPositive(sizeAndRate[1], out uint rate))
                return false;
            fps = rate;
        }
        resolution = new ResolutionText(width, height, fps);
        error = "";
        return true;
    }

    private static bool TryPositive(string text, out uint value) =>
        uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
