using System.Diagnostics;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests;

/// <summary>The fakecamctl executable as a user runs it: the system bus found through DBUS_SYSTEM_BUS_ADDRESS, real exit codes.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ProcessTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const int SIGINT = 2;

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private CtlResult RunProcess(string? systemBusAddress, params string[] args)
    {
        using Process process = Process.Start(StartInfo(systemBusAddress, args))!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), "fakecamctl did not finish in 30 s");
        return new CtlResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private ProcessStartInfo StartInfo(string? systemBusAddress, params string[] args)
    {
        var start = new ProcessStartInfo(CtlExecutable.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in args)
            start.ArgumentList.Add(argument);
        start.Environment["XDG_CONFIG_HOME"] = Ctl.ConfigHome;
        if (systemBusAddress is null)
            start.Environment.Remove("DBUS_SYSTEM_BUS_ADDRESS");
        else
            start.Environment["DBUS_SYSTEM_BUS_ADDRESS"] = systemBusAddress;
        return start;
    }

    [Fact]
    public void TheSystemBusIsTheOneDbusSystemBusAddressNames()
    {
        CtlResult result = RunProcess(Fixture.Bus.Address, "status");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Fakecam 0.1.0: streaming (2 apps watching)", result.Lines[0]);
    }

    [Fact]
    public void ASystemBusWithoutFakecamExitsFour()
    {
        using var empty = new Fakecam.Tests.DBus.PrivateBus();

        CtlResult result = RunProcess(empty.Address, "enable");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("fakecamctl: Fakecam is not running. Start it with: sudo systemctl start fakecamd\n", result.Stderr);
    }

    [Fact]
    public void ASystemBusAddressWhereNothingListensIsNamedWithTheVariable()
    {
        const string address = "unix:path=/nonexistent/system_bus_socket";

        CtlResult result = RunProcess(address, "status");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"Cannot reach the D-Bus system bus at {address} (from DBUS_SYSTEM_BUS_ADDRESS): nothing is listening there.", result.Stderr);
    }

    [Fact]
    public void AUsageErrorExitsTwo()
    {
        CtlResult result = RunProcess(Fixture.Bus.Address, "set-resolution", "big");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Resolution \"big\" is not of the form", result.Stderr);
    }

    [Fact]
    public async Task CtrlCEndsStatsWatchCleanly()
    {
        using Process process = Process.Start(StartInfo(Fixture.Bus.Address, "stats", "--watch", "--json"))!;
        string? first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("\"fps\":29.97", first);

        Assert.Equal(0, Kill(process.Id, SIGINT));

        Assert.True(process.WaitForExit(10_000), "fakecamctl kept running after SIGINT");
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await process.StandardError.ReadToEndAsync());
    }
}
