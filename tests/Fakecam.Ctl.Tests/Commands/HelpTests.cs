using Fakecam.Api;
namespace Fakecam.Ctl.Tests.Commands;

public sealed class HelpTests : IDisposable
{
    private readonly CtlRun _ctl = new();

    public static TheoryData<string> Commands =>
    [
        "status", "enable", "disable", "toggle", "pause", "resume", "set-background", "blur", "cameras", "set-camera",
        "set-resolution", "options", "stats", "snapshot", "autostart", "restore",
    ];

    public void Dispose() => _ctl.Dispose();

    [Fact]
    public void TopLevelHelpListsEveryCommandAndTheExitCodes()
    {
        CtlResult result = _ctl.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (string command in Commands)
            Assert.Contains($"\n  {command} ", result.Stdout);
        Assert.Contains("--json", result.Stdout);
        Assert.Contains("--bus <ADDRESS>", result.Stdout);
        Assert.Contains("3 not authorised, 4 Fakecam (or the bus) not running", result.Stdout);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommandHasHelpThatNeedsNoService(string command)
    {
        CtlResult result = _ctl.Run(command, "--help", "--bus", "unix:path=/nonexistent/socket");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"fakecamctl {command}", result.Stdout);
        Assert.Contains("--json", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void TheManPageDocumentsEveryCommand(string command)
    {
        string manPage = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fakecamctl.1"));

        Assert.Matches($@"\n\.(B|BR|BI) [^\n]*(?<=[ ""]){command}[ ""\n]", manPage);
    }

    [Fact]
    public void VersionIsThePackageVersion()
    {
        var stdout = new StringWriter();

        int exitCode = CtlCli.Run(["--version"], stdout, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Equal("0.1.0\n", stdout.ToString());
    }

    [Fact]
    public void SetBackgroundHelpShowsEveryKindOfBackground()
    {
        string help = _ctl.Run("set-background", "-h").Stdout;

        Assert.Contains("<FILE>", help);
        Assert.Contains("--blur <S>", help);
        Assert.Contains("--color", help);
        Assert.Contains("--none", help);
        Assert.Contains(".mp4 .webm .gif .mkv .mov", help);
    }

    [Fact]
    public void OptionsHelpNamesTheValidKeys()
    {
        Assert.Contains(string.Join(", ", FakecamBus.Options.All.Select(o => o.Key)), _ctl.Run("options", "--help").Stdout);
    }
}
