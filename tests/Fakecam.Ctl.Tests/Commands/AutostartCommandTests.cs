using System.Text.Json;

namespace Fakecam.Ctl.Tests.Commands;

/// <summary>
/// autostart drives the real systemctl in user mode. The unit file from ctl/systemd is installed into the
/// test's config home (a user's own unit directory), where systemctl finds and enables it.
/// </summary>
public sealed class AutostartCommandTests : IDisposable
{
    private const string Unit = "fakecam-restore.service";
    private readonly CtlRun _ctl = new();

    public void Dispose() => _ctl.Dispose();

    private string UnitDirectory => Path.Combine(_ctl.ConfigHome, "systemd", "user");

    private string WantsLink => Path.Combine(UnitDirectory, "default.target.wants", Unit);

    private void InstallUnit()
    {
        Directory.CreateDirectory(UnitDirectory);
        File.Copy(Path.Combine(AppContext.BaseDirectory, Unit), Path.Combine(UnitDirectory, Unit));
    }

    [Fact]
    public void OnEnablesTheUnitAtLoginAndOffDisablesIt()
    {
        InstallUnit();

        CtlResult before = _ctl.Run("autostart", "status");
        CtlResult on = _ctl.Run("autostart", "on");
        bool linkedWhenOn = File.Exists(WantsLink);
        CtlResult statusOn = _ctl.Run("autostart", "status", "--json");
        CtlResult off = _ctl.Run("autostart", "off");

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Equal("Autostart is off: your background is not changed at login.\n", before.Stdout);
        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.StartsWith("Autostart is on. Nothing is saved yet", on.Stdout);
        Assert.True(linkedWhenOn);
        Assert.True(JsonDocument.Parse(statusOn.Stdout).RootElement.GetProperty("autostart").GetBoolean());
        Assert.Equal(0, off.ExitCode);
        Assert.False(File.Exists(WantsLink));
        Assert.Equal("Autostart is off: your background is not changed at login.\n", _ctl.Run("autostart", "status").Stdout);
    }

    [Fact]
    public void WithoutTheUnitInstalledAutostartFailsAndPointsAtThePackage()
    {
        CtlResult result = _ctl.Run("autostart", "on");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Could not enable {Unit}", result.Stderr);
        Assert.Contains($"Is the fakecam package installed? It provides /usr/lib/systemd/user/{Unit}.", result.Stderr);
    }

    [Fact]
    public void TheUnitRunsRestoreAndRetriesOnlyWhileTheServiceIsNotUp()
    {
        string unit = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Unit));

        Assert.Contains("ExecStart=/usr/bin/fakecamctl restore\n", unit);
        Assert.Contains("Restart=on-failure\n", unit);
        Assert.Contains("RestartPreventExitStatus=1 2 3\n", unit);
        Assert.Contains("WantedBy=default.target\n", unit);
    }
}
