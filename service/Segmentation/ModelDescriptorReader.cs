using System.Text.Json;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Segmentation;

/// <summary>Reads and validates a model descriptor file.</summary>
public static class ModelDescriptorReader
{
    public const int MaxInputDimension = 4096;

    /// <summary>
    /// Reads the descriptor at <paramref name="descriptorPath"/>. Throws <see cref="InvalidDataException"/>
    /// naming the file and what is wrong with it, including a model file that does not exist.
    /// </summary>
    public static ModelDescriptor Read(string descriptorPath)
    {
        ModelDescriptorDocument? document;
        try
        {
            using FileStream stream = File.OpenRead(descriptorPath);
            document = JsonSerializer.Deserialize(stream, ModelDescriptorJsonContext.Default.ModelDescriptorDocument);
        }
        catch (JsonException e)
        {
            throw Invalid(descriptorPath, e.Message);
        }

        if (document is null)
            throw Invalid(descriptorPath, "it is empty (null)");
        return Validate(document, descriptorPath);
    }

    private static ModelDescriptor Validate(ModelDescriptorDocument document, string descriptorPath)
    {
        if (string.IsNullOrWhiteSpace(document.Name))
            throw Invalid(descriptorPath, "\"name\" is missing");
        if (string.IsNullOrWhiteSpace(document.File))
            throw Invalid(descriptorPath, "\"file\" is missing");
        if (document.Input is not { } input)
            throw Invalid(descriptorPath, "\"input\" is missing");
        if (document.Output is not { } output)
            throw Invalid(descriptorPath, "\"output\" is missing");

        string directory = Path.GetDirectoryName(Path.GetFullPath(descriptorPath))!;
        string modelPath = Path.GetFullPath(document.File, directory);
        if (!File.Exists(modelPath))
            throw Invalid(descriptorPath, $"the model file {modelPath} does not exist");

        if (input.Width is < 1 or > MaxInputDimension || input.Height is < 1 or > MaxInputDimension)
        {
            throw Invalid(descriptorPath,
                $"input size {input.Width}x{input.Height} is not within 1..{MaxInputDimension} (\"width\" and \"height\")");
        }
        if (string.IsNullOrEmpty(input.Name))
            throw Invalid(descriptorPath, "input \"name\" is missing");
        if (input.Range is { } range && (range.Length != 2 || !(range[0] < range[1])))
            throw Invalid(descriptorPath, "input \"range\" must be two numbers [black, full], the first smaller");

        return new ModelDescriptor(document.Name, modelPath, input.Width, input.Height)
        {
            InputName = input.Name,
            InputLayout = ParseLayout(input.Layout, descriptorPath),
            InputColor = ParseColor(input.Color, descriptorPath),
            InputMin = input.Range?[0] ?? 0f,
            InputMax = input.Range?[1] ?? 1f,
            OutputName = string.IsNullOrEmpty(output.Name) ? null : output.Name,
            OutputKind = ParseOutputKind(output.Kind, descriptorPath),
        };
    }

    private static TensorLayout ParseLayout(string? layout, string descriptorPath) => layout?.ToUpperInvariant() switch
    {
        null or "NHWC" => TensorLayout.Nhwc,
        "NCHW" => TensorLayout.Nchw,
        _ => throw Invalid(descriptorPath, $"input \"layout\" \"{layout}\" is neither \"NHWC\" nor \"NCHW\""),
    };

    private static ColorOrder ParseColor(string? color, string descriptorPath) => color?.ToUpperInvariant() switch
    {
        null or "RGB" => ColorOrder.Rgb,
        "BGR" => ColorOrder.Bgr,
        _ => throw Invalid(descriptorPath, $"input \"color\" \"{color}\" is neither \"RGB\" nor \"BGR\""),
    };

    private static MaskOutputKind ParseOutputKind(string? kind, string descriptorPath) => kind?.ToLowerInvariant() switch
    {
        null or "probability" => MaskOutputKind.Probability,
        "logit" => MaskOutputKind.Logit,
        _ => throw Invalid(descriptorPath, $"output \"kind\" \"{kind}\" is neither \"probability\" nor \"logit\""),
    };

    private static InvalidDataException Invalid(string descriptorPath, string reason) =>
        new($"Model descriptor {descriptorPath}: {reason}.");
}
