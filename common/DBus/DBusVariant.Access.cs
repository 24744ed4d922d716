using System.Globalization;

namespace Fakecam.DBus;

public sealed partial class DBusVariant
{
    public bool AsBoolean() => As<bool>("b");
    public byte AsByte() => As<byte>("y");
    public short AsInt16() => As<short>("n");
    public ushort AsUInt16() => As<ushort>("q");
    public int AsInt32() => As<int>("i");
    public uint AsUInt32() => As<uint>("u");
    public long AsInt64() => As<long>("x");
    public ulong AsUInt64() => As<ulong>("t");
    public double AsDouble() => As<double>("d");

    /// <summary>The text of a string, object path or signature.</summary>
    public string AsString() => Signature is "s" or "o" or "g"
        ? (string)Value
        : throw WrongType("a string");

    /// <summary>The fields of a struct or the items of an array.</summary>
    public IReadOnlyList<DBusVariant> AsList() => Signature[0] is '(' or 'a'
        ? (DBusVariant[])Value
        : throw WrongType("an array or struct");

    /// <summary>
    /// An array of dict entries with string keys (<c>a{s…}</c>) as a dictionary; values that are
    /// variants are unwrapped once, so <c>a{sv}</c> maps each key to the value inside.
    /// </summary>
    public Dictionary<string, DBusVariant> AsDictionary()
    {
        if (!Signature.StartsWith("a{s", StringComparison.Ordinal))
            throw WrongType("a dictionary with string keys");
        var result = new Dictionary<string, DBusVariant>(StringComparer.Ordinal);
        foreach (DBusVariant entry in (DBusVariant[])Value)
        {
            var pair = (DBusVariant[])entry.Value;
            DBusVariant value = pair[1];
            result[pair[0].AsString()] = value.Signature == "v" ? (DBusVariant)value.Value : value;
        }
        return result;
    }

    /// <summary>A compact human-readable rendering: numbers invariant, strings bare, containers bracketed.</summary>
    public override string ToString() => Signature[0] switch
    {
        'b' => (bool)Value ? "true" : "false",
        'd' => ((double)Value).ToString("R", CultureInfo.InvariantCulture),
        'v' => Value.ToString()!,
        'a' when Signature[1] == '{' => "{" + string.Join(", ", ((DBusVariant[])Value).Select(EntryText)) + "}",
        'a' => "[" + string.Join(", ", (DBusVariant[])Value) + "]",
        '(' => "(" + string.Join(", ", (DBusVariant[])Value) + ")",
        'h' => "fd",
        _ => Convert.ToString(Value, CultureInfo.InvariantCulture)!,
    };

    private static string EntryText(DBusVariant entry)
    {
        var pair = (DBusVariant[])entry.Value;
        return $"{pair[0]}: {pair[1]}";
    }

    private T As<T>(string signature) => Signature == signature ? (T)Value : throw WrongType($"\"{signature}\"");

    private InvalidCastException WrongType(string wanted) =>
        new($"The D-Bus value has type \"{Signature}\", not {wanted}.");
}
