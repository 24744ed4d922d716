namespace Fakecam.DBus;

/// <summary>
/// The description of one interface an object exports: its methods (with argument names, shown by
/// Introspect), read-only properties (served by sd-bus through Properties.Get/GetAll and announced with
/// PropertiesChanged) and signals.
/// </summary>
public sealed class DBusInterface(string name)
{
    private readonly List<DBusMember> _members = [];

    public string Name { get; } = name;

    internal IReadOnlyList<DBusMember> Members => _members;

    /// <summary>
    /// Adds a method. Calls whose arguments do not match <paramref name="inSignature"/> are refused by
    /// sd-bus with InvalidArgs before the handler runs. When the handler neither replies nor defers, an
    /// empty reply is sent (for methods that return nothing).
    /// </summary>
    public DBusInterface AddMethod(string name, string inSignature, string outSignature,
        IReadOnlyList<string> inNames, IReadOnlyList<string> outNames, MethodHandler handler)
    {
        CheckNames(name, inSignature, inNames);
        CheckNames(name, outSignature, outNames);
        _members.Add(new DBusMethod(name, inSignature, outSignature, [.. inNames, .. outNames], handler));
        return this;
    }

    /// <summary>
    /// Adds a read-only property. Unless <paramref name="constant"/>, it emits PropertiesChanged (with its
    /// value) when the owner calls <see cref="BusConnection.EmitPropertiesChanged"/>.
    /// </summary>
    public DBusInterface AddProperty(string name, string signature, PropertyGetter getter, bool constant = false)
    {
        if (Signature.CountCompleteTypes(signature) != 1)
            throw new ArgumentException($"Property {name} must have a single complete type, not \"{signature}\".", nameof(signature));
        _members.Add(new DBusProperty(name, signature, getter, constant));
        return this;
    }

    public DBusInterface AddSignal(string name, string signature, IReadOnlyList<string> argumentNames)
    {
        CheckNames(name, signature, argumentNames);
        _members.Add(new DBusSignal(name, signature, [.. argumentNames]));
        return this;
    }

    private static void CheckNames(string member, string signature, IReadOnlyList<string> names)
    {
        int count = Signature.CountCompleteTypes(signature);
        if (count != names.Count)
            throw new ArgumentException($"{member}: signature \"{signature}\" has {count} arguments but {names.Count} names were given.");
    }
}

internal abstract record DBusMember(string Name, string Signature);

internal sealed record DBusMethod(string Name, string Signature, string Result, string[] ArgumentNames, MethodHandler Handler)
    : DBusMember(Name, Signature);

internal sealed record DBusProperty(string Name, string Signature, PropertyGetter Getter, bool Constant)
    : DBusMember(Name, Signature);

internal sealed record DBusSignal(string Name, string Signature, string[] ArgumentNames)
    : DBusMember(Name, Signature);
