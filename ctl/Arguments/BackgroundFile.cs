namespace Fakecam.Ctl.Arguments;

/// <summary>Which API method a background file goes to, by its extension.</summary>
internal static class BackgroundFile
{
    /// <summary>Extensions sent to SetBackgroundVideo (played in a loop); everything else is sent as an image.</summary>
    public static readonly string[] VideoExtensions = [".mp4", ".webm", ".gif", ".mkv", ".mov"];

    public static bool IsVideo(string path) =>
        VideoExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
