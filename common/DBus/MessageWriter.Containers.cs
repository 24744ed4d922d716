using Fakecam.Interop;

namespace Fakecam.DBus;

public readonly ref partial struct MessageWriter
{
    /// <summary>Opens an array whose elements have <paramref name="elementSignature"/>; close with <see cref="CloseContainer"/>.</summary>
    public void OpenArray(string elementSignature) => SdBus.MessageOpenContainer(_message, (byte)'a', elementSignature);

    /// <summary>Opens a struct with the given field signature (without parentheses, e.g. "uuu").</summary>
    public void OpenStruct(string fieldSignature) => SdBus.MessageOpenContainer(_message, (byte)'r', fieldSignature);

    /// <summary>Opens a dict entry inside an array of them (signature without braces, e.g. "sv").</summary>
    public void OpenDictEntry(string keyValueSignature) => SdBus.MessageOpenContainer(_message, (byte)'e', keyValueSignature);

    /// <summary>Opens a variant holding one value of <paramref name="valueSignature"/>.</summary>
    public void OpenVariant(string valueSignature) => SdBus.MessageOpenContainer(_message, (byte)'v', valueSignature);

    public void CloseContainer() => SdBus.MessageCloseContainer(_message);

    public void WriteStringArray(IEnumerable<string> values)
    {
        OpenArray("s");
        foreach (string value in values)
            WriteString(value);
        CloseContainer();
    }

    /// <summary>Writes an <c>a{sv}</c> dictionary.</summary>
    public void WriteVariantDictionary(IEnumerable<KeyValuePair<string, DBusVariant>> entries)
    {
        OpenArray("{sv}");
        foreach ((string key, DBusVariant value) in entries)
        {
            OpenDictEntry("sv");
            WriteString(key);
            WriteVariant(value);
            CloseContainer();
        }
        CloseContainer();
    }
}
