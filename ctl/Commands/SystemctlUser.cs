using System.ComponentModel;
using System.Diagnostics;

namespace Fakecam.Ctl.Commands;

/// <summary>Runs <c>systemctl --user</c> for the login unit, in the same config home fakecamctl uses.</summary>
internal sealed class SystemctlUser(string configHome)
{
    public const string RestoreUnit = "fakecam-restore.service";

    public readonly record struct Result(int ExitCode, string Stdout, string Stderr);

    public Result Run(string verb)
    {
        var start = new ProcessStartInfo("systemctl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--user");
        start.ArgumentList.Add(verb);
        start.ArgumentList.Add(RestoreUnit);
        start.Environment["XDG_CONFIG_HOME"] = configHome;
        try
        {
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new Result(process.ExitCode, stdout.Result.Trim(), stderr.Result.Trim());
        }
        catch (Win32Exception e)
        {
            throw CommandFailedException.Failed($"Cannot run systemctl ({e.Message}); autostart needs systemd's user manager.", e);
        }
    }
}
