using Fakecam.Interop;

namespace Fakecam.DBus;

public readonly ref partial struct MessageWriter
{
    /// <summary>Writes a value wrapped in a variant (type 'v').</summary>
    public void WriteVariant(DBusVariant value)
    {
        OpenVariant(value.Signature);
        WriteValue(value);
        CloseContainer();
    }

    /// <summary>Writes a value as its own type (not wrapped in a variant).</summary>
    public void WriteValue(DBusVariant value)
    {
        string signature = value.Signature;
        switch (signature[0])
        {
            case 'y': WriteByte((byte)value.Value); break;
            case 'b': WriteBoolean((bool)value.Value); break;
            case 'n': WriteInt16((short)value.Value); break;
            case 'q': WriteUInt16((ushort)value.Value); break;
            case 'i': WriteInt32((int)value.Value); break;
            case 'u': WriteUInt32((uint)value.Value); break;
            case 'x': WriteInt64((long)value.Value); break;
            case 't': WriteUInt64((ulong)value.Value); break;
            case 'd': WriteDouble((double)value.Value); break;
            case 's': WriteString((string)value.Value); break;
            case 'o': WriteObjectPath((string)value.Value); break;
            case 'g': WriteSignature((string)value.Value); break;
            case 'h': WriteHandle((System.Runtime.InteropServices.SafeHandle)value.Value); break;
            case 'v': WriteVariant((DBusVariant)value.Value); break;
            case 'a': WriteItems((byte)'a', signature[1..], (DBusVariant[])value.Value); break;
            case '(': WriteItems((byte)'r', signature[1..^1], (DBusVariant[])value.Value); break;
            case '{': WriteItems((byte)'e', signature[1..^1], (DBusVariant[])value.Value); break;
            default: throw new ArgumentException($"Unsupported D-Bus signature \"{signature}\".", nameof(value));
        }
    }

    private void WriteItems(byte containerType, string contents, DBusVariant[] items)
    {
        SdBus.MessageOpenContainer(_message, containerType, contents);
        foreach (DBusVariant item in items)
            WriteValue(item);
        CloseContainer();
    }
}
