using System.Text.Json.Serialization;

namespace Fakecam.Daemon.State;

/// <summary>What the user chose, kept across restarts and reboots in the state directory.</summary>
public sealed record ServiceState
{
    public bool EffectEnabled { get; init; } = true;

    public bool Paused { get; init; }

    /// <summary><c>blur</c>, <c>image</c>, <c>video</c>, <c>color</c> or <c>none</c> (the API's BackgroundKind).</summary>
    public string BackgroundKind { get; init; } = "blur";

    /// <summary>The file name the user chose (no path), or the colour as <c>#rrggbb</c>.</summary>
    public string BackgroundName { get; init; } = "";

    public double BlurStrength { get; init; } = 0.5;

    public string Color { get; init; } = "#00b140";

    /// <summary>Stable id of the camera; empty picks the first camera found.</summary>
    public string Camera { get; init; } = "";

    public uint Width { get; init; } = 1280;

    public uint Height { get; init; } = 720;

    public uint Fps { get; init; } = 30;

    public Dictionary<string, string> Options { get; init; } = [];
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(ServiceState))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
