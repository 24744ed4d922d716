using System.CommandLine;
using Fakecam.Ctl.Choice;
using Fakecam.Ctl.Client;
using Fakecam.Ctl.Output;
using Fakecam.DBus;

namespace Fakecam.Ctl.Commands;

internal static class StatusCommand
{
    public static Command Create(CtlCommandLine cli)
    {
        var command = new Command("status", "Show what Fakecam is doing: state, effect, camera, virtual camera, model");
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            FakecamStatus status = await client.GetStatusAsync();
            string? device = await FindCameraDeviceAsync(client, status.Camera);
            if (cli.WantsJson(parsed))
                JsonOutput.WriteObject(cli.Out, json => StatusJson.Write(json, status, device, RecentBackgrounds(cli)));
            else
                StatusText.Write(cli.Out, status, device, VideoDeviceName.Read(status.VirtualDevice));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The recently set background files that still exist; none when the saved choice is missing or damaged.</summary>
    private static IEnumerable<string> RecentBackgrounds(CtlCommandLine cli)
    {
        SavedChoice? choice;
        try
        {
            choice = cli.Choices.Load();
        }
        catch (CommandFailedException)
        {
            return [];
        }
        return choice?.Recent.Where(File.Exists) ?? [];
    }

    /// <summary>The device node of the camera in use, when the service lists it.</summary>
    private static async Task<string?> FindCameraDeviceAsync(FakecamClient client, string cameraId)
    {
        if (cameraId.Length == 0)
            return null;
        try
        {
            IReadOnlyList<CameraInfo> cameras = await client.ListCamerasAsync();
            return cameras.FirstOrDefault(c => c.Id == cameraId)?.Device;
        }
        catch (DBusErrorException)
        {
            return null;
        }
    }
}
