using System.CommandLine;
using Fakecam.Api;
using Fakecam.Ctl.Choice;
using Fakecam.Ctl.Client;
using Fakecam.Ctl.Output;

namespace Fakecam.Ctl.Commands;

/// <summary>
/// <c>restore</c>: applies the choice saved in <c>${XDG_CONFIG_HOME:-~/.config}/fakecam/choice.json</c>. The
/// user unit fakecam-restore.service runs it at login when autostart is on; it exits 4 while the service
/// is not up yet, which the unit retries.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CtlCommandLine cli)
    {
        var command = new Command("restore",
            "Apply your saved background and effect now (what 'autostart on' runs at login)");
        command.SetAction((parsed, _) =>
        {
            SavedChoice? choice = cli.Choices.Load();
            if (choice is null)
            {
                Report(cli, parsed, restored: false, $"Nothing to restore: no choice saved in {cli.Choices.Path}.");
                return Task.FromResult(ExitCodes.Ok);
            }
            return cli.WithClientAsync(parsed, async client =>
            {
                await ApplyAsync(client, choice);
                Report(cli, parsed, restored: true, $"Restored your saved choice from {cli.Choices.Path}.");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static async Task ApplyAsync(FakecamClient client, SavedChoice choice)
    {
        if (choice.EffectEnabled == true)
            await client.EnableAsync();
        else if (choice.EffectEnabled == false)
            await client.DisableAsync();

        SavedBackground? background = choice.Background;
        switch (background?.Kind)
        {
            case FakecamBus.BackgroundKinds.Image or FakecamBus.BackgroundKinds.Video when background.Path is { } path:
                await Backgrounds.SetFileAsync(client, path);
                break;
            case FakecamBus.BackgroundKinds.Blur:
                await Backgrounds.SetBlurAsync(client, background.Strength ?? Arguments.BlurStrength.Default);
                break;
            case FakecamBus.BackgroundKinds.Color when background.Color is { } rgb:
                await Backgrounds.SetColorAsync(client, rgb);
                break;
            case FakecamBus.BackgroundKinds.None:
                await Backgrounds.ClearAsync(client);
                break;
        }
    }

    private static void Report(CtlCommandLine cli, ParseResult parsed, bool restored, string message)
    {
        if (cli.WantsJson(parsed))
            JsonOutput.WriteObject(cli.Out, json => json.WriteBoolean("restored", restored));
        else
            cli.Out.WriteLine(message);
    }
}
