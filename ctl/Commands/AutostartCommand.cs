using System.CommandLine;
using Fakecam.Ctl.Output;

namespace Fakecam.Ctl.Commands;

/// <summary>
/// <c>autostart on|off|status</c>: whether the user unit fakecam-restore.service applies the saved choice
/// (see <see cref="RestoreCommand"/>) at each login.
/// </summary>
internal static class AutostartCommand
{
    private const string On = "on";
    private const string Off = "off";
    private const string Status = "status";

    public static Command Create(CtlCommandLine cli)
    {
        var what = new Argument<string>("on|off|status") { Description = "Turn autostart on or off, or show whether it is on" };
        what.AcceptOnlyFromAmong(On, Off, Status);
        var command = new Command("autostart",
            $"Apply your saved choice (background, effect on/off) at every login, through the user unit {SystemctlUser.RestoreUnit}")
        {
            what,
        };
        command.SetAction(parsed =>
        {
            var systemctl = new SystemctlUser(cli.Context.ConfigHome);
            string verb = parsed.GetValue(what)!;
            bool enabled = verb == Status ? IsEnabled(systemctl) : Change(systemctl, verb == On);
            if (cli.WantsJson(parsed))
                JsonOutput.WriteObject(cli.Out, json => json.WriteBoolean("autostart", enabled));
            else
                cli.Out.WriteLine(Describe(cli, enabled));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool IsEnabled(SystemctlUser systemctl)
    {
        SystemctlUser.Result result = systemctl.Run("is-enabled");
        return result.Stdout switch
        {
            "enabled" or "enabled-runtime" => true,
            "disabled" or "masked" or "masked-runtime" or "static" or "indirect" => false,
            _ => throw Failure("read the state of", result),
        };
    }

    private static bool Change(SystemctlUser systemctl, bool enable)
    {
        SystemctlUser.Result result = systemctl.Run(enable ? "enable" : "disable");
        if (result.ExitCode != 0)
            throw Failure(enable ? "enable" : "disable", result);
        return enable;
    }

    private static string Describe(CtlCommandLine cli, bool enabled)
    {
        if (!enabled)
            return "Autostart is off: your background is not changed at login.";
        return cli.Choices.Load() is null
            ? "Autostart is on. Nothing is saved yet: the next background or effect you set is what login applies."
            : "Autostart is on: your saved background and effect are applied at each login.";
    }

    private static CommandFailedException Failure(string action, SystemctlUser.Result result)
    {
        string said = result.Stderr.Length > 0 ? result.Stderr : result.Stdout;
        string hint = said.Contains("not exist", StringComparison.Ordinal) || said.Contains("No such file", StringComparison.Ordinal)
            ? $" Is the fakecam package installed? It provides /usr/lib/systemd/user/{SystemctlUser.RestoreUnit}."
            : "";
        return CommandFailedException.Failed($"Could not {action} {SystemctlUser.RestoreUnit}: {said}.{hint}");
    }
}
