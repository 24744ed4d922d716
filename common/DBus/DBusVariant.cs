namespace Fakecam.DBus;

/// <summary>
/// A D-Bus value together with its type signature: what a variant ('v') carries, and how values of
/// arbitrary type (a{sv} options and statistics) travel through the API. Basic values are held as the
/// matching CLR type (s, o and g as string, h as an owned SafeFileDescriptor); arrays, structs and dict
/// entries as <see cref="DBusVariant"/>[]; a nested variant as a <see cref="DBusVariant"/>.
/// </summary>
public sealed partial class DBusVariant
{
    private DBusVariant(string signature, object value)
    {
        Signature = signature;
        Value = value;
    }

    public string Signature { get; }

    public object Value { get; }

    public static implicit operator DBusVariant(bool value) => new("b", value);
    public static implicit operator DBusVariant(byte value) => new("y", value);
    public static implicit operator DBusVariant(short value) => new("n", value);
    public static implicit operator DBusVariant(ushort value) => new("q", value);
    public static implicit operator DBusVariant(int value) => new("i", value);
    public static implicit operator DBusVariant(uint value) => new("u", value);
    public static implicit operator DBusVariant(long value) => new("x", value);
    public static implicit operator DBusVariant(ulong value) => new("t", value);
    public static implicit operator DBusVariant(double value) => new("d", value);
    public static implicit operator DBusVariant(string value) => new("s", value);

    public static DBusVariant ObjectPath(string path) => new("o", path);

    public static DBusVariant Struct(params DBusVariant[] fields) =>
        new("(" + string.Concat(fields.Select(f => f.Signature)) + ")", fields);

    /// <summary>An array; every item must have <paramref name="elementSignature"/>.</summary>
    public static DBusVariant Array(string elementSignature, IEnumerable<DBusVariant> items)
    {
        DBusVariant[] array = items.ToArray();
        foreach (DBusVariant item in array)
            if (item.Signature != elementSignature)
                throw new ArgumentException($"Array of \"{elementSignature}\" cannot hold a \"{item.Signature}\".", nameof(items));
        return new("a" + elementSignature, array);
    }

    /// <summary>An <c>a{sv}</c> dictionary.</summary>
    public static DBusVariant Dictionary(IEnumerable<KeyValuePair<string, DBusVariant>> entries) =>
        new("a{sv}", entries.Select(e => new DBusVariant("{sv}", new DBusVariant[] { e.Key, new("v", e.Value) })).ToArray());

    /// <summary>A variant inside the variant (signature "v").</summary>
    public static DBusVariant Nested(DBusVariant inner) => new("v", inner);

    internal static DBusVariant FromRead(string signature, object value) => new(signature, value);
}
