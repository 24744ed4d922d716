using System.Text.Json;
using Fakecam.DBus;

namespace Fakecam.Ctl.Output;

/// <summary>D-Bus values as JSON: numbers and booleans as themselves, <c>a{s…}</c> as objects, other containers as arrays.</summary>
internal static class VariantJson
{
    public static void WriteProperties(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, DBusVariant>> values)
    {
        foreach ((string key, DBusVariant value) in values)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }
    }

    public static void WriteValue(Utf8JsonWriter json, DBusVariant value)
    {
        switch (value.Signature[0])
        {
            case 'b': json.WriteBooleanValue(value.AsBoolean()); break;
            case 'y': json.WriteNumberValue(value.AsByte()); break;
            case 'n': json.WriteNumberValue(value.AsInt16()); break;
            case 'q': json.WriteNumberValue(value.AsUInt16()); break;
            case 'i': json.WriteNumberValue(value.AsInt32()); break;
            case 'u': json.WriteNumberValue(value.AsUInt32()); break;
            case 'x': json.WriteNumberValue(value.AsInt64()); break;
            case 't': json.WriteNumberValue(value.AsUInt64()); break;
            case 'd': WriteDouble(json, value.AsDouble()); break;
            case 's' or 'o' or 'g': json.WriteStringValue(value.AsString()); break;
            case 'v': WriteValue(json, (DBusVariant)value.Value); break;
            case 'a' when value.Signature.StartsWith("a{s", StringComparison.Ordinal):
                json.WriteStartObject();
                WriteProperties(json, value.AsDictionary());
                json.WriteEndObject();
                break;
            case 'a' or '(':
                json.WriteStartArray();
                foreach (DBusVariant item in value.AsList())
                    WriteValue(json, item);
                json.WriteEndArray();
                break;
            default: json.WriteNullValue(); break;
        }
    }

    /// <summary>JSON has no NaN or infinity: those become null.</summary>
    public static void WriteDouble(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumberValue(value);
        else
            json.WriteNullValue();
    }
}
