using System.Text.Json;
using Fakecam.Tests.DBus;

namespace Fakecam.Service.Tests.GnomeExtension;

/// <summary>
/// What gnome-shell 48 checks before it loads the extension: metadata.json, and modules that parse as ES
/// modules. gnome-shell's own modules cannot be loaded outside the shell, so extension.js is parsed, not run;
/// its logic lives in fakecamService.js, which the other tests run.
/// </summary>
public sealed class ExtensionFilesTests
{
    public const string Uuid = "fakecam@fakecam.org";

    private static readonly string Folder = Path.Combine(SourceTree.Root, "desktop", "gnome-extension");

    [Fact]
    public void Metadata_names_the_extension_and_supports_gnome_48()
    {
        using JsonDocument metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "metadata.json")));
        JsonElement root = metadata.RootElement;

        Assert.Equal(Uuid, root.GetProperty("uuid").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
        string[] versions = [.. root.GetProperty("shell-version").EnumerateArray().Select(v => v.GetString()!)];
        Assert.Contains("48", versions);
        // Since GNOME 40 a version is the major number alone; "48.1" would never match.
        Assert.All(versions, v => Assert.Matches("^[0-9]+$", v));
    }

    [Fact]
    public void Every_module_parses_and_only_the_service_module_and_shell_resources_are_imported()
    {
        Dictionary<string, JsonElement> modules = ParseModules();

        Assert.Equal(["extension.js", "fakecamService.js"], modules.Keys.Order(StringComparer.Ordinal));
        string[] extensionImports = Imports(modules["extension.js"]);
        Assert.Contains("./fakecamService.js", extensionImports);
        Assert.Contains("resource:///org/gnome/shell/ui/quickSettings.js", extensionImports);
        Assert.Contains("resource:///org/gnome/shell/extensions/extension.js", extensionImports);
        Assert.All(extensionImports, i => Assert.True(
            i == "./fakecamService.js" || i.StartsWith("resource:///org/gnome/shell/", StringComparison.Ordinal) || i.StartsWith("gi://", StringComparison.Ordinal),
            $"extension.js imports {i}"));

        // The service module runs outside the shell too: no shell resources, no toolkit.
        Assert.Equal(["gi://GLib", "gi://Gio"], Imports(modules["fakecamService.js"]).Order(StringComparer.Ordinal));
        foreach (JsonElement module in modules.Values)
        {
            Assert.False(module.GetProperty("dynamicImport").GetBoolean(), $"{module.GetProperty("file")} uses import()");
            Assert.False(module.GetProperty("legacyImports").GetBoolean(), $"{module.GetProperty("file")} uses the legacy imports object");
        }
    }

    [Fact]
    public void The_module_check_reports_a_syntax_error()
    {
        string broken = Path.Combine(Path.GetTempPath(), $"fakecam-broken-{Environment.ProcessId}.js");
        File.WriteAllText(broken, "export function describe(status {\n");
        try
        {
            ToolResult result = Tool.Run("gjs", "-m", ModuleImportsScript, broken);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("SyntaxError", result.Stderr);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static string ModuleImportsScript =>
        Path.Combine(SourceTree.Root, "tests", "Fakecam.Service.Tests", "GnomeExtension", "module-imports.js");

    private static Dictionary<string, JsonElement> ParseModules()
    {
        string[] files = Directory.GetFiles(Folder, "*.js");
        ToolResult result = Tool.Run("gjs", ["-m", ModuleImportsScript, .. files]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(m => Path.GetFileName(m.GetProperty("file").GetString()!));
    }

    private static string[] Imports(JsonElement module) =>
        [.. module.GetProperty("imports").EnumerateArray().Select(i => i.GetString()!)];
}
