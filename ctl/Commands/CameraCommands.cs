using System.CommandLine;
using System.CommandLine.Parsing;
using Fakecam.Ctl.Arguments;
using Fakecam.Ctl.Client;
using Fakecam.Ctl.Output;

namespace Fakecam.Ctl.Commands;

/// <summary>cameras, set-camera, set-resolution.</summary>
internal static class CameraCommands
{
    public static Command List(CtlCommandLine cli)
    {
        var command = new Command("cameras", "List the cameras Fakecam can use, with their stable ids and modes (* = in use)");
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            IReadOnlyList<CameraInfo> cameras = await client.ListCamerasAsync();
            string current = (await client.GetStatusAsync()).Camera;
            if (cli.WantsJson(parsed))
                JsonOutput.WriteObject(cli.Out, json => CameraOutput.WriteJson(json, cameras, current));
            else
                CameraOutput.WriteText(cli.Out, cameras, current);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Choose(CtlCommandLine cli)
    {
        var id = new Argument<string>("ID")
        {
            Description = "The camera's stable id from 'fakecamctl cameras' (its /dev/videoN or name also work)",
        };
        var command = new Command("set-camera", "Use another real camera") { id };
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            await client.SetCameraAsync(await ResolveCameraIdAsync(client, parsed.GetValue(id)!));
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command SetResolution(CtlCommandLine cli)
    {
        var mode = new Argument<ResolutionText>("WxH[@FPS]")
        {
            Description = "Size and optionally frame rate of the virtual camera, e.g. 1280x720@30 (the rate stays as it is when left out)",
            CustomParser = ParseResolution,
        };
        var command = new Command("set-resolution", "Change the size and frame rate Fakecam captures and sends") { mode };
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            ResolutionText wanted = parsed.GetValue(mode);
            uint fps = wanted.Fps ?? (await client.GetStatusAsync()).Resolution.Fps;
            await client.SetResolutionAsync(new VideoMode(wanted.Width, wanted.Height, fps));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A device node or card name the service lists becomes that camera's stable id; anything else is passed as given.</summary>
    private static async Task<string> ResolveCameraIdAsync(FakecamClient client, string given)
    {
        IReadOnlyList<CameraInfo> cameras = await client.ListCamerasAsync();
        if (cameras.Any(c => c.Id == given))
            return given;
        CameraInfo? match = cameras.FirstOrDefault(c => c.Device == given)
            ?? cameras.FirstOrDefault(c => string.Equals(c.Name, given, StringComparison.OrdinalIgnoreCase));
        return match?.Id ?? given;
    }

    private static ResolutionText ParseResolution(ArgumentResult result)
    {
        if (ResolutionText.TryParse(result.Tokens[0].Value, out ResolutionText resolution, out string error))
            return resolution;
        result.AddError(error);
        return default;
    }
}
