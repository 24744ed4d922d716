using Fakecam.Daemon.Segmentation;

namespace Fakecam.Daemon.Tests.Segmentation;

public class ModelCatalogTests
{
    [Fact]
    public void The_source_tree_s_models_folder_holds_both_MediaPipe_models()
    {
        var catalog = new ModelCatalog([ModelFiles.ModelsDirectory]);

        Assert.Contains(catalog.Models, m => m.Name == "landscape");
        Assert.Contains(catalog.Models, m => m.Name == "general");
        Assert.Equal(ModelCatalog.DefaultModelName, catalog.Get("landscape").Name);
        Assert.Empty(catalog.Problems);
    }

    [Fact]
    public void An_unknown_model_name_is_answered_with_the_names_there_are()
    {
        using var models = new DescriptorDirectory();
        models.WriteValid("a.json", "alpha");
        var catalog = new ModelCatalog([models.Path]);

        var error = Assert.Throws<KeyNotFoundException>(() => catalog.Get("beta"));

        Assert.Contains("\"beta\"", error.Message);
        Assert.Contains("available: alpha", error.Message);
    }

    [Fact]
    public void A_broken_descriptor_is_set_aside_and_the_others_are_kept()
    {
        using var models = new DescriptorDirectory();
        models.WriteValid("good.json", "good");
        string broken = models.Write("broken.json", "{ not json");

        var catalog = new ModelCatalog([models.Path]);

        Assert.Equal(["good"], catalog.Models.Select(m => m.Name));
        Assert.Contains(catalog.Problems, p => p.Contains(broken));
    }

    [Fact]
    public void The_first_folder_wins_when_two_hold_the_same_name()
    {
        using var first = new DescriptorDirectory();
        using var second = new DescriptorDirectory();
        first.WriteValid("m.json", "same");
        string shadowed = second.WriteValid("m.json", "same");

        var catalog = new ModelCatalog([first.Path, second.Path, "/nonexistent/fakecam/models"]);

        Assert.StartsWith(first.Path, Assert.Single(catalog.Models).Path);
        Assert.Contains(catalog.Problems, p => p.Contains(shadowed));
    }

    [Fact]
    public void FAKECAM_MODELS_replaces_the_default_folders()
    {
        Assert.Equal(["/opt/models"], ModelCatalog.DefaultDirectories("/opt/models", ModelFiles.ModelsDirectory));
    }

    [Fact]
    public void Inside_the_source_tree_its_models_come_before_the_installed_ones()
    {
        string sourceRoot = Path.GetDirectoryName(ModelFiles.ModelsDirectory)!;

        IReadOnlyList<string> directories = ModelCatalog.DefaultDirectories(null, Path.Combine(sourceRoot, "service"));

        Assert.Equal([ModelFiles.ModelsDirectory, ModelCatalog.SystemDirectory], directories);
    }

    [Fact]
    public void Outside_the_source_tree_only_the_installed_models_are_used()
    {
        Assert.Equal([ModelCatalog.SystemDirectory], ModelCatalog.DefaultDirectories(null, "/"));
    }
}
