using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Segmentation;

/// <summary>
/// The models a user can choose from: every descriptor (*.json) directly inside the models folders. A descriptor
/// that cannot be used is set aside with the reason in <see cref="Problems"/>; when two folders hold a model of the
/// same name, the earlier folder wins.
/// </summary>
public sealed class ModelCatalog
{
    /// <summary>Environment variable naming the one models folder to use instead of the default ones.</summary>
    public const string ModelsVariable = "FAKECAM_MODELS";

    /// <summary>Where the package installs the models.</summary>
    public const string SystemDirectory = "/usr/share/fakecam/models";

    public const string DefaultModelName = "landscape";

    private const string SourceTreeMarker = "Fakecam.slnx";

    public ModelCatalog(IEnumerable<string> directories)
    {
        Directories = [.. directories];
        var models = new List<ModelDescriptor>();
        var problems = new List<string>();
        foreach (string directory in Directories.Where(Directory.Exists))
        {
            foreach (string descriptorPath in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    ModelDescriptor model = ModelDescriptorReader.Read(descriptorPath);
                    if (models.Exists(m => m.Name == model.Name))
                        problems.Add($"Model descriptor {descriptorPath}: a model named \"{model.Name}\" was already found; this one is ignored.");
                    else
                        models.Add(model);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    problems.Add(e.Message);
                }
            }
        }
        Models = models;
        Problems = problems;
    }

    /// <summary>The folders searched, in order of precedence.</summary>
    public IReadOnlyList<string> Directories { get; }

    public IReadOnlyList<ModelDescriptor> Models { get; }

    /// <summary>Why descriptors were set aside, one message each, for the log.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>
    /// The catalog of <see cref="DefaultDirectories"/>.
    /// </summary>
    public static ModelCatalog Default() => new(DefaultDirectories(Environment.GetEnvironmentVariable(ModelsVariable), Environment.CurrentDirectory));

    /// <summary>
    /// FAKECAM_MODELS alone when it is set; otherwise the source tree's models/ when run from inside a Fakecam
    /// checkout (development), then the installed models.
    /// </summary>
    public static IReadOnlyList<string> DefaultDirectories(string? configured, string currentDirectory)
    {
        if (!string.IsNullOrEmpty(configured))
            return [configured];
        for (DirectoryInfo? dir = new(currentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SourceTreeMarker)))
                return [Path.Combine(dir.FullName, "models"), SystemDirectory];
        }
        return [SystemDirectory];
    }

    /// <summary>The model called <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> naming the ones there are.</summary>
    public ModelDescriptor Get(string name)
    {
        ModelDescriptor? model = Models.FirstOrDefault(m => m.Name == name);
        if (model is not null)
            return model;
        string available = Models.Count == 0 ? "none" : string.Join(", ", Models.Select(m => m.Name));
        throw new KeyNotFoundException(
            $"No model named \"{name}\" in {string.Join(", ", Directories)} (available: {available}).");
    }
}
