using System.Runtime.InteropServices;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Segmentation;

namespace Fakecam.Daemon.Tests.Segmentation;

/// <summary>The real models and their golden data in the source tree's models/ folder.</summary>
internal static class ModelFiles
{
    public static string ModelsDirectory => SourceTree.Models;

    public static string GoldenDirectory => Path.Combine(ModelsDirectory, "golden");

    public static ModelDescriptor Landscape => Descriptor("landscape");

    public static ModelDescriptor General => Descriptor("general");

    public static ModelDescriptor Descriptor(string name) =>
        ModelDescriptorReader.Read(Path.Combine(ModelsDirectory, $"{name}.json"));

    /// <summary>The golden input showing a person (astronaut.png) for the model called <paramref name="name"/>.</summary>
    public static float[] Astronaut(string name) => ReadTensor(Path.Combine(GoldenDirectory, $"{name}-astronaut.input.f32"));

    /// <summary>A raw little-endian float32 tensor file.</summary>
    public static float[] ReadTensor(string path) => MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(path)).ToArray();
}
