using System.Text.Json.Serialization;

namespace Fakecam.Ctl.Choice;

/// <summary>
/// What this user last chose with fakecamctl, kept in <c>${XDG_CONFIG_HOME:-~/.config}/fakecam/choice.json</c>
/// and applied again at login by <c>fakecamctl restore</c>. Unset parts are left as the service has them.
/// </summary>
public sealed record SavedChoice
{
    public bool? EffectEnabled { get; init; }

    public SavedBackground? Background { get; init; }
}

/// <summary>A background as the user gave it: a file by absolute path, a blur strength, a colour, or none.</summary>
public sealed record SavedBackground
{
    /// <summary>One of the API's BackgroundKind values.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The image or video file (absolute path), read again as the user at login.</summary>
    public string? Path { get; init; }

    public double? Strength { get; init; }

    /// <summary><c>#rrggbb</c>.</summary>
    public string? Color { get; init; }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(SavedChoice))]
internal sealed partial class ChoiceJsonContext : JsonSerializerContext;
