using Fakecam.Interop;

namespace Fakecam.DBus;

public readonly ref partial struct MessageReader
{
    /// <summary>True when every value of the current container (array, struct...) has been read.</summary>
    public bool AtEndOfContainer => SdBus.MessageAtEnd(_message, complete: false);

    /// <summary>Enters an array; read items while <see cref="AtEndOfContainer"/> is false, then <see cref="ExitContainer"/>.</summary>
    public void EnterArray(string elementSignature) => Enter((byte)'a', elementSignature);

    /// <summary>Enters a struct with the given field signature (without parentheses).</summary>
    public void EnterStruct(string fieldSignature) => Enter((byte)'r', fieldSignature);

    /// <summary>Enters a dict entry (signature without braces, e.g. "sv").</summary>
    public void EnterDictEntry(string keyValueSignature) => Enter((byte)'e', keyValueSignature);

    /// <summary>Enters a variant, whatever it holds; see <see cref="PeekType"/> for what that is.</summary>
    public void EnterVariant() => Enter((byte)'v', null);

    public void ExitContainer() => SdBus.MessageExitContainer(_message);

    /// <summary>The type code of the next value and, for containers, their contents signature; false at the end.</summary>
    public bool PeekType(out char type, out string? contents) => SdBus.MessagePeekType(_message, out type, out contents);

    public string[] ReadStringArray()
    {
        var values = new List<string>();
        EnterArray("s");
        while (!AtEndOfContainer)
            values.Add(ReadString());
        ExitContainer();
        return values.ToArray();
    }

    /// <summary>Reads an <c>a{sv}</c> dictionary, mapping each key to the value inside its variant.</summary>
    public Dictionary<string, DBusVariant> ReadVariantDictionary()
    {
        var result = new Dictionary<string, DBusVariant>(StringComparer.Ordinal);
        EnterArray("{sv}");
        while (!AtEndOfContainer)
        {
            EnterDictEntry("sv");
            string key = ReadString();
            result[key] = ReadVariant();
            ExitContainer();
        }
        ExitContainer();
        return result;
    }

    private void Enter(byte type, string? contents)
    {
        if (!SdBus.MessageEnterContainer(_message, type, contents))
            throw new InvalidDataException($"Expected a '{(char)type}' container but the enclosing one has ended.");
    }
}
