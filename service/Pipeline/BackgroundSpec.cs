using System.Globalization;
using Fakecam.Daemon.Compositing;

namespace Fakecam.Daemon.Pipeline;

public enum BackgroundKind
{
    None,
    Blur,
    Image,
    Color,
}

/// <summary>
/// What replaces the background: <c>blur[=S]</c> (S in 0..1), <c>image=PATH</c>, <c>color=#rrggbb</c> or
/// <c>none</c> — the form used on the command line.
/// </summary>
public sealed record BackgroundSpec(BackgroundKind Kind, double BlurStrength = BackgroundSpec.DefaultBlurStrength,
    string? ImagePath = null, string Color = "")
{
    public const double DefaultBlurStrength = 0.5;

    public static BackgroundSpec Parse(string text)
    {
        int equals = text.IndexOf('=');
        string kind = equals < 0 ? text : text[..equals];
        string? value = equals < 0 ? null : text[(equals + 1)..];
        switch (kind)
        {
            case "none" when value is null:
                return new BackgroundSpec(BackgroundKind.None);
            case "blur" when value is null:
                return new BackgroundSpec(BackgroundKind.Blur);
            case "blur":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) || s is < 0 or > 1)
                    throw new FormatException($"Blur strength \"{value}\" must be a number from 0 to 1, e.g. blur=0.6.");
                return new BackgroundSpec(BackgroundKind.Blur, s);
            case "image" when !string.IsNullOrEmpty(value):
                return new BackgroundSpec(BackgroundKind.Image, ImagePath: value);
            case "color" when value is not null:
                if (!YuvColor.TryParse(value, out _))
                    throw new FormatException($"Colour \"{value}\" is not of the form #rrggbb, e.g. color=#00ff00.");
                return new BackgroundSpec(BackgroundKind.Color, Color: value.ToLowerInvariant());
            default:
                throw new FormatException(
                    $"Background \"{text}\" is not one of: blur[=S], image=PATH, color=#rrggbb, none.");
        }
    }
}
