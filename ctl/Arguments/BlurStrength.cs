using System.Globalization;

namespace Fakecam.Ctl.Arguments;

/// <summary>A blur strength as typed: a fraction 0–1 (<c>0.5</c>) or a percentage (<c>50%</c>).</summary>
internal static class BlurStrength
{
    public const double Default = 0.5;

    public static bool TryParse(string text, out double strength, out string error)
    {
        string trimmed = text.Trim();
        bool percent = trimmed.EndsWith('%');
        if (percent)
            trimmed = trimmed[..^1].TrimEnd();
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            strength = 0;
            error = $"Blur strength \"{text}\" is not a number; give 0.0–1.0 or a percentage like 50%.";
            return false;
        }
        strength = percent ? value / 100 : value;
        if (strength is < 0 or > 1)
        {
            error = $"Blur strength {text} is out of range; give 0.0–1.0 or a percentage like 50%.";
            return false;
        }
        error = "";
        return true;
    }
}
