using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fakecam.Ctl.Output;

/// <summary>Writes one JSON object per line: what <c>--json</c> prints, for scripts and jq.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        // File and camera names stay readable; the output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteObject(TextWriter output, Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            writeProperties(json);
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
