using Fakecam.Api;
using Fakecam.Ctl.Arguments;
using Fakecam.Ctl.Choice;
using Fakecam.Ctl.Client;
using Microsoft.Win32.SafeHandles;

namespace Fakecam.Ctl.Commands;

/// <summary>
/// Sets each kind of background and says what to save for the next login. Files are opened here, as the
/// user, and handed to the service as descriptors: the service never opens a user's path.
/// </summary>
internal static class Backgrounds
{
    public static async Task<SavedBackground> SetFileAsync(FakecamClient client, string path)
    {
        string fullPath = Path.GetFullPath(path);
        bool video = BackgroundFile.IsVideo(fullPath);
        using (SafeFileHandle file = OpenForReading(fullPath))
        {
            string name = Path.GetFileName(fullPath);
            if (video)
                await client.SetBackgroundVideoAsync(file, name);
            else
                await client.SetBackgroundImageAsync(file, name);
        }
        return new SavedBackground
        {
            Kind = video ? FakecamBus.BackgroundKinds.Video : FakecamBus.BackgroundKinds.Image,
            Path = fullPath,
        };
    }

    public static async Task<SavedBackground> SetBlurAsync(FakecamClient client, double strength)
    {
        await client.SetBlurAsync(strength);
        return new SavedBackground { Kind = FakecamBus.BackgroundKinds.Blur, Strength = strength };
    }

    /// <summary>The strength the service last blurred with, for a bare <c>--blur</c>.</summary>
    public static async Task<double> CurrentBlurStrengthAsync(FakecamClient client)
    {
        double current = (await client.GetStatusAsync()).BlurStrength;
        return current is > 0 and <= 1 ? current : BlurStrength.Default;
    }

    public static async Task<SavedBackground> SetColorAsync(FakecamClient client, string rgb)
    {
        await client.SetBackgroundColorAsync(rgb);
        return new SavedBackground { Kind = FakecamBus.BackgroundKinds.Color, Color = rgb };
    }

    public static async Task<SavedBackground> ClearAsync(FakecamClient client)
    {
        await client.ClearBackgroundAsync();
        return new SavedBackground { Kind = FakecamBus.BackgroundKinds.None };
    }

    private static SafeFileHandle OpenForReading(string path)
    {
        if (Directory.Exists(path))
            throw CommandFailedException.Failed($"{path} is a folder; give an image or video file.");
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CommandFailedException.Failed($"File not found: {path}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw CommandFailedException.Failed($"Cannot read {path}: permission denied.", e);
        }
        catch (IOException e)
        {
            throw CommandFailedException.Failed($"Cannot read {path}: {e.Message}", e);
        }
    }
}
