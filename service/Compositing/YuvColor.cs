using System.Globalization;

namespace Fakecam.Daemon.Compositing;

/// <summary>
/// A colour in full-range BT.601 YCbCr (the JFIF matrix, matching the range of JPEG-decoded camera frames):
/// Y = 0.299 R + 0.587 G + 0.114 B, U = 128 − 0.168736 R − 0.331264 G + 0.5 B,
/// V = 128 + 0.5 R − 0.418688 G − 0.081312 B.
/// </summary>
public readonly record struct YuvColor(byte Y, byte U, byte V)
{
    public static YuvColor FromRgb(byte red, byte green, byte blue) => new(
        Round(0.299 * red + 0.587 * green + 0.114 * blue),
        Round(128 - 0.168736 * red - 0.331264 * green + 0.5 * blue),
        Round(128 + 0.5 * red - 0.418688 * green - 0.081312 * blue));

    /// <summary>Parses "#rrggbb" (case-insensitive).</summary>
    public static bool TryParse(string? text, out YuvColor color)
    {
        color = default;
        if (text is not { Length: 7 } || text[0] != '#'
            || !uint.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint rgb))
            return false;
        color = FromRgb((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        return true;
    }

    public static YuvColor Parse(string text) =>
        TryParse(text, out YuvColor color) ? color : throw new FormatException($"'{text}' is not a colour of the form #rrggbb.");

    private static byte Round(double value) => (byte)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), 0, 255);
}
