using System.Text.Json;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Segmentation;
using Fakecam.Daemon.Tests.Interop.OnnxRuntime;

namespace Fakecam.Daemon.Tests.Segmentation;

/// <summary>
/// The converted models against the original TFLite models: models/golden/cases.json lists inputs and the outputs
/// TFLite computed for them, as raw float32 tensors.
/// </summary>
public class OnnxSegmenterGoldenTests
{
    private const float Tolerance = 1e-3f;

    public OnnxSegmenterGoldenTests() => OnnxRuntimeRequirement.EnsureLoaded();

    public static TheoryData<string> Cases()
    {
        var names = new TheoryData<string>();
        foreach (JsonElement goldenCase in ReadCases())
            names.Add(goldenCase.GetProperty("name").GetString()!);
        return names;
    }

    [Fact]
    public void Both_models_have_golden_cases()
    {
        string[] models = [.. ReadCases().Select(c => c.GetProperty("model").GetString()!)];

        Assert.Contains("landscape", models);
        Assert.Contains("general", models);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_output_matches_TFLite(string name)
    {
        JsonElement goldenCase = ReadCases().Single(c => c.GetProperty("name").GetString() == name);
        string descriptor = Path.GetFullPath(goldenCase.GetProperty("descriptor").GetString()!, ModelFiles.GoldenDirectory);
        ModelDescriptor model = ModelDescriptorReader.Read(descriptor);
        float[] input = ModelFiles.ReadTensor(Path.Combine(ModelFiles.GoldenDirectory, goldenCase.GetProperty("input").GetString()!));
        float[] expected = ModelFiles.ReadTensor(Path.Combine(ModelFiles.GoldenDirectory, goldenCase.GetProperty("output").GetString()!));
        Assert.Equal(model.InputPixels * 3, input.Length);
        Assert.Equal(model.InputPixels, expected.Length);
        using var segmenter = new OnnxSegmenter(model);
        var actual = new float[model.InputPixels];

        segmenter.Segment(input, actual);

        float worst = 0;
        int worstIndex = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            float difference = MathF.Abs(actual[i] - expected[i]);
            if (float.IsNaN(difference) || difference > worst)
            {
                worst = difference;
                worstIndex = i;
            }
        }
        Assert.True(worst <= Tolerance,
            $"{name}: max |Δ| = {worst} at pixel {worstIndex} (ONNX {actual[worstIndex]}, TFLite {expected[worstIndex]})");
    }

    private static JsonElement[] ReadCases()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModelFiles.GoldenDirectory, "cases.json")));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone())];
    }
}
