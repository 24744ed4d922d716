using System.Text.Json.Serialization;

namespace Fakecam.Daemon.Segmentation;

/// <summary>Source-generated JSON metadata for descriptor files (no reflection, so it works under Native AOT).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ModelDescriptorDocument))]
internal sealed partial class ModelDescriptorJsonContext : JsonSerializerContext;
