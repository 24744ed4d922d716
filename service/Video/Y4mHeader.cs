using System.Globalization;
using System.Text;
using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Video;

/// <summary>
/// The stream header of a YUV4MPEG2 (Y4M) file: <c>YUV4MPEG2 W1280 H720 F30:1 Ip A1:1 C420jpeg</c>.
/// Only 4:2:0 8-bit colour spaces are accepted, with even, non-zero sizes up to <see cref="FrameFormat.MaxDimension"/>.
/// </summary>
public static class Y4mHeader
{
    public const string Magic = "YUV4MPEG2";
    public const string FrameMarker = "FRAME";
    internal const int MaxLineLength = 1024;

    private static readonly string[] s_acceptedColourSpaces = ["420", "420jpeg", "420paldv", "420mpeg2"];

    public static FrameFormat Parse(ReadOnlySpan<byte> line)
    {
        string text = Encoding.ASCII.GetString(line);
        string[] tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || tokens[0] != Magic)
            throw new InvalidDataException($"Not a Y4M stream: it must start with \"{Magic}\".");

        int width = 0, height = 0, fpsNumerator = 30, fpsDenominator = 1;
        foreach (string token in tokens.AsSpan(1))
        {
            string value = token[1..];
            switch (token[0])
            {
                case 'W':
                    width = ParseDimension("width", value);
                    break;
                case 'H':
                    height = ParseDimension("height", value);
                    break;
                case 'F':
                    (fpsNumerator, fpsDenominator) = ParseRatio(value);
                    break;
                case 'C':
                    if (Array.IndexOf(s_acceptedColourSpaces, value) < 0)
                        throw new InvalidDataException(
                            $"Y4M colour space C{value} is not supported: Fakecam reads 8-bit YUV 4:2:0 " +
                            "(convert with ffmpeg -pix_fmt yuv420p).");
                    break;
            }
        }

        if (width == 0 || height == 0)
            throw new InvalidDataException("Y4M header lacks the frame size (W and H).");
        if (width % 2 != 0 || height % 2 != 0)
            throw new InvalidDataException(
                $"Y4M frame size {width}x{height} is odd: Fakecam needs even sizes for 4:2:0 video " +
                "(crop or scale with ffmpeg -vf scale=trunc(iw/2)*2:trunc(ih/2)*2).");
        return new FrameFormat(width, height, fpsNumerator, fpsDenominator);
    }

    public static string Format(FrameFormat format) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Magic} W{format.Width} H{format.Height} F{format.FpsNumerator}:{format.FpsDenominator} Ip A1:1 C420jpeg\n");

    private static int ParseDimension(string name, string value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0)
            throw new InvalidDataException($"Y4M {name} \"{value}\" is not a positive number.");
        if (n > FrameFormat.MaxDimension)
            throw new InvalidDataException($"Y4M {name} {n} is larger than the supported {FrameFormat.MaxDimension}.");
        return n;
    }

    private static (int, int) ParseRatio(string value)
    {
        int colon = value.IndexOf(':');
        if (colon > 0
            && int.TryParse(value.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            && n > 0 && d > 0)
            return (n, d);
        throw new InvalidDataException($"Y4M frame rate \"F{value}\" is not of the form F30:1.");
    }
}
