using System.Runtime.CompilerServices;

namespace Fakecam.Service.Tests;

/// <summary>Folders of the source tree the tests use: the models and the bundled photos.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string Models => Path.Combine(Root, "models");

    public static string Media => Path.Combine(Root, "media");

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        for (DirectoryInfo? dir = new FileInfo(thisFile).Directory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Fakecam.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Fakecam.slnx above {thisFile}.");
    }
}
