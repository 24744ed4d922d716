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

    /// <summary>
    /// The image and video files this user set, by absolute path, most recent first, each once, at most
    /// <see cref="RecentCapacity"/>: what the GNOME Shell extension offers to pick again.
    /// </summary>
    public IReadOnlyList<string> Recent
    {
        get;
        init => field = value ?? [];
    } = [];

    public const int RecentCapacity = 5;

    /// <summary>This choice with <paramref name="background"/> as the background, and a file put first in <see cref="Recent"/>.</summary>
    public SavedChoice WithBackground(SavedBackground background)
    {
        if (background.Path is not { } path)
            return this with { Background = background };
        string[] recent = [path, .. Recent.Where(p => p != path).Take(RecentCapacity - 1)];
        return this with { Background = background, Recent = recent };
    }
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
