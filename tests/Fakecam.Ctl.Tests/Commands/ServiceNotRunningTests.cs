using Fakecam.Tests.DBus;

namespace Fakecam.Ctl.Tests.Commands;

/// <summary>Exit 4 with what to do, whether the bus has no Fakecam on it or there is no bus at all.</summary>
public sealed class ServiceNotRunningTests : IDisposable
{
    private readonly PrivateBus _emptyBus = new();
    private readonly CtlRun _ctl = new();

    public void Dispose()
    {
        _ctl.Dispose();
        _emptyBus.Dispose();
    }

    [Theory]
    [InlineData("status")]
    [InlineData("enable")]
    [InlineData("set-background", "--blur=0.3")]
    [InlineData("options")]
    [InlineData("stats", "--json")]
    public void ABusWithoutFakecamExitsFourAndSaysHowToStartIt(params string[] args)
    {
        CtlResult result = _ctl.Run([.. args, "--bus", _emptyBus.Address]);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal("fakecamctl: Fakecam is not running. Start it with: sudo systemctl start fakecamd\n", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void ABusAddressWhereNothingListensExitsFourNamingTheAddress()
    {
        const string address = "unix:path=/nonexistent/fakecam/socket";
        CtlResult result = _ctl.Run("status", "--bus", address);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"Cannot reach the D-Bus address {address}: nothing is listening there. Check the --bus address.", result.Stderr);
    }

    [Fact]
    public void ASavedChoiceIsNotWrittenWhenTheServiceIsNotRunning()
    {
        Assert.Equal(4, _ctl.Run("disable", "--bus", _emptyBus.Address).ExitCode);
        Assert.False(File.Exists(_ctl.ChoicePath));
    }
}
