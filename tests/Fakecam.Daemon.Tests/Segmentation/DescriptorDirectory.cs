namespace Fakecam.Daemon.Tests.Segmentation;

/// <summary>A temporary models folder holding a copy of the real landscape model and whatever descriptors a test writes.</summary>
internal sealed class DescriptorDirectory : IDisposable
{
    public DescriptorDirectory()
    {
        Path = Directory.CreateTempSubdirectory("fakecam-models-").FullName;
        File.Copy(ModelFiles.Landscape.Path, System.IO.Path.Combine(Path, ModelFileName));
    }

    public const string ModelFileName = "model.onnx";

    public string Path { get; }

    public string Write(string fileName, string json)
    {
        string path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>A valid descriptor of the copied model called <paramref name="name"/>.</summary>
    public string WriteValid(string fileName, string name) => Write(fileName, $$$"""
        {"name": "{{{name}}}", "file": "{{{ModelFileName}}}",
         "input": {"name": "input_1", "width": 256, "height": 144, "layout": "NHWC", "color": "RGB", "range": [0, 1]},
         "output": {"name": "segment_back", "kind": "probability"}}
        """);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
