using System.Globalization;
using Fakecam.DBus;

namespace Fakecam.Ctl.Output;

/// <summary>D-Bus values as a person reads them in a terminal.</summary>
internal static class ValueText
{
    public static string Format(DBusVariant value) => value.Signature[0] switch
    {
        'b' => value.AsBoolean() ? "yes" : "no",
        'd' => Number(value.AsDouble()),
        'v' => Format((DBusVariant)value.Value),
        'a' when value.Signature.StartsWith("a{s", StringComparison.Ordinal) =>
            string.Join(", ", value.AsDictionary().Select(e => $"{e.Key} {Format(e.Value)}")),
        'a' or '(' => string.Join(", ", value.AsList().Select(Format)),
        _ => value.ToString(),
    };

    /// <summary>At most three decimals, no trailing zeros, invariant culture.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) =>
        Math.Round(fraction * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    /// <summary>Writes <c>key  value</c> lines with the values aligned.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<(string Key, string Value)> rows)
    {
        int width = rows.Count == 0 ? 0 : rows.Max(r => r.Key.Length);
        foreach ((string key, string value) in rows)
            output.WriteLine($"{key.PadRight(width)}  {value}");
    }
}
