using System.Text.Json;
using Fakecam.Ctl.Client;

namespace Fakecam.Ctl.Output;

/// <summary><c>fakecamctl cameras</c>, for people and for scripts.</summary>
internal static class CameraOutput
{
    public static void WriteText(TextWriter output, IReadOnlyList<CameraInfo> cameras, string current)
    {
        if (cameras.Count == 0)
        {
            output.WriteLine("No cameras found. Plug one in; Fakecam picks it up by itself.");
            return;
        }
        foreach (CameraInfo camera in cameras)
        {
            string mark = camera.Id == current ? "*" : " ";
            output.WriteLine($"{mark} {camera.Id}");
            output.WriteLine($"    {camera.Name} ({camera.Device})");
            if (camera.Modes.Count > 0)
                output.WriteLine($"    {string.Join(", ", camera.Modes)}");
        }
    }

    public static void WriteJson(Utf8JsonWriter json, IReadOnlyList<CameraInfo> cameras, string current)
    {
        json.WriteStartArray("cameras");
        foreach (CameraInfo camera in cameras)
        {
            json.WriteStartObject();
            json.WriteString("id", camera.Id);
            json.WriteString("device", camera.Device);
            json.WriteString("name", camera.Name);
            json.WriteBoolean("in_use", camera.Id == current);
            json.WriteStartArray("modes");
            foreach (VideoMode mode in camera.Modes)
                StatusJson.WriteMode(json, mode);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
