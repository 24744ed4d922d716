using System.Text.Json;
using Fakecam.Ctl.Client;

namespace Fakecam.Ctl.Output;

/// <summary>
/// The JSON form of <c>fakecamctl status</c>: the service's properties with snake_case names, the
/// resolution as an object, the camera's device node when the service lists it, and the user's recent
/// background files.
/// </summary>
internal static class StatusJson
{
    public static void Write(Utf8JsonWriter json, FakecamStatus status, string? cameraDevice, IEnumerable<string> recentBackgrounds)
    {
        json.WriteString("version", status.Version);
        json.WriteString("state", status.State);
        json.WriteBoolean("effect_enabled", status.EffectEnabled);
        json.WriteBoolean("paused", status.Paused);
        json.WriteString("background_kind", status.BackgroundKind);
        json.WriteString("background_name", status.BackgroundName);
        json.WritePropertyName("blur_strength");
        VariantJson.WriteDouble(json, status.BlurStrength);
        json.WriteString("camera", status.Camera);
        if (cameraDevice is null)
            json.WriteNull("camera_device");
        else
            json.WriteString("camera_device", cameraDevice);
        json.WriteString("virtual_device", status.VirtualDevice);
        json.WritePropertyName("resolution");
        WriteMode(json, status.Resolution);
        json.WriteNumber("consumers", status.Consumers);
        json.WriteString("model", status.Model);
        json.WriteStartArray("recent");
        foreach (string path in recentBackgrounds)
            json.WriteStringValue(path);
        json.WriteEndArray();
    }

    public static void WriteMode(Utf8JsonWriter json, VideoMode mode)
    {
        json.WriteStartObject();
        json.WriteNumber("width", mode.Width);
        json.WriteNumber("height", mode.Height);
        json.WriteNumber("fps", mode.Fps);
        json.WriteEndObject();
    }
}
