namespace Fakecam.Ctl.Arguments;

/// <summary>A colour as <c>#rrggbb</c> (the <c>#</c> may be left out); normalised to lower case with the <c>#</c>.</summary>
internal static class RgbColor
{
    public static bool TryParse(string text, out string rgb, out string error)
    {
        string hex = text.Trim().TrimStart('#');
        if (hex.Length == 6 && hex.All(char.IsAsciiHexDigit))
        {
            rgb = "#" + hex.ToLowerInvariant();
            error = "";
            return true;
        }
        rgb = "";
        error = $"Colour \"{text}\" is not of the form #rrggbb (for example '#00b140').";
        return false;
    }
}
