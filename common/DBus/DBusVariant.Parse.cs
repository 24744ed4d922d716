using System.Globalization;

namespace Fakecam.DBus;

public sealed partial class DBusVariant
{
    /// <summary>
    /// Parses text a person typed (<c>fakecamctl options threshold=0.6</c>) as a value of a basic D-Bus
    /// type. Numbers are invariant-culture; booleans accept true/false, yes/no, on/off, 1/0.
    /// </summary>
    public static DBusVariant Parse(string signature, string text)
    {
        try
        {
            return signature switch
            {
                "b" => ParseBoolean(text),
                "y" => byte.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "n" => short.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "q" => ushort.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "i" => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "u" => uint.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "x" => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "t" => ulong.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "d" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                "s" => text,
                "o" => ObjectPath(text),
                _ => throw new ArgumentException($"Values of type \"{signature}\" cannot be given as text.", nameof(signature)),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new FormatException($"\"{text}\" is not {Describe(signature)}.", e);
        }
    }

    private static bool ParseBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" or "1" => true,
        "false" or "no" or "off" or "0" => false,
        _ => throw new FormatException(),
    };

    private static string Describe(string signature) => signature switch
    {
        "b" => "a boolean (true/false, yes/no, on/off, 1/0)",
        "d" => "a number",
        "y" or "q" or "u" or "t" => "a whole number of 0 or more",
        _ => "a whole number",
    };
}
