using System.CommandLine;
using Fakecam.Ctl.Client;
using Fakecam.Ctl.Output;

namespace Fakecam.Ctl.Commands;

/// <summary>enable, disable, toggle, pause, resume.</summary>
internal static class EffectCommands
{
    public static Command Enable(CtlCommandLine cli) => Simple(cli, "enable",
        "Turn the background effect on (saved for the next login)", async client =>
        {
            await client.EnableAsync();
            cli.SaveChoice(c => c with { EffectEnabled = true });
        });

    public static Command Disable(CtlCommandLine cli) => Simple(cli, "disable",
        "Turn the background effect off: the camera passes through unchanged (saved for the next login)", async client =>
        {
            await client.DisableAsync();
            cli.SaveChoice(c => c with { EffectEnabled = false });
        });

    public static Command Pause(CtlCommandLine cli) => Simple(cli, "pause",
        "Release the real camera (its light goes off); apps keep seeing a privacy frame", client => client.PauseAsync());

    public static Command Resume(CtlCommandLine cli) => Simple(cli, "resume",
        "Reopen the real camera after pause", client => client.ResumeAsync());

    public static Command Toggle(CtlCommandLine cli)
    {
        var command = new Command("toggle", "Turn the background effect off if it is on, on if it is off, and print which it is now");
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            bool enable = !(await client.GetStatusAsync()).EffectEnabled;
            if (enable)
                await client.EnableAsync();
            else
                await client.DisableAsync();
            cli.SaveChoice(c => c with { EffectEnabled = enable });
            if (cli.WantsJson(parsed))
                JsonOutput.WriteObject(cli.Out, json => json.WriteBoolean("effect_enabled", enable));
            else
                cli.Out.WriteLine(enable ? "Effect on" : "Effect off");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Simple(CtlCommandLine cli, string name, string description, Func<FakecamClient, Task> call)
    {
        var command = new Command(name, description);
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            await call(client);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
