namespace Fakecam.DBus;

public readonly ref partial struct MessageReader
{
    /// <summary>Reads a variant ('v') and returns the value inside it.</summary>
    public DBusVariant ReadVariant()
    {
        EnterVariant();
        DBusVariant value = ReadValue();
        ExitContainer();
        return value;
    }

    /// <summary>Reads the next value, whatever its type.</summary>
    public DBusVariant ReadValue()
    {
        if (!PeekType(out char type, out string? contents))
            throw new InvalidDataException("Expected a value but the container has ended.");
        return type switch
        {
            'y' => ReadByte(),
            'b' => ReadBoolean(),
            'n' => ReadInt16(),
            'q' => ReadUInt16(),
            'i' => ReadInt32(),
            'u' => ReadUInt32(),
            'x' => ReadInt64(),
            't' => ReadUInt64(),
            'd' => ReadDouble(),
            's' => ReadString(),
            'o' => DBusVariant.ObjectPath(ReadObjectPath()),
            'g' => DBusVariant.FromRead("g", ReadSignature()),
            'h' => DBusVariant.FromRead("h", ReadHandle()),
            'v' => DBusVariant.Nested(ReadVariant()),
            'a' => DBusVariant.FromRead("a" + contents, ReadItems((byte)'a', contents!)),
            'r' => DBusVariant.FromRead("(" + contents + ")", ReadItems((byte)'r', contents!)),
            'e' => DBusVariant.FromRead("{" + contents + "}", ReadItems((byte)'e', contents!)),
            _ => throw new InvalidDataException($"Unsupported D-Bus type '{type}'."),
        };
    }

    private DBusVariant[] ReadItems(byte containerType, string contents)
    {
        var items = new List<DBusVariant>();
        Enter(containerType, contents);
        while (!AtEndOfContainer)
            items.Add(ReadValue());
        ExitContainer();
        return items.ToArray();
    }
}
