using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Fakecam.Service.Tests.GnomeExtension;

/// <summary>
/// The extension's service module (desktop/gnome-extension/fakecamService.js) running in gjs through probe.js,
/// on a private bus, with its own config home: it reports every status it sees and carries out commands. Its
/// fakecamctl is the one the tests use (the AOT binary under make test).
/// </summary>
public sealed class ExtensionProbe : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly BlockingCollection<JsonElement> _events = [];
    private readonly ConcurrentQueue<string> _stderr = new();

    public ExtensionProbe(string busAddress)
    {
        ConfigHome = Directory.CreateTempSubdirectory("fakecam-extension-config-").FullName;
        var start = new ProcessStartInfo("gjs")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in (string[])["-m", Path.Combine(SourceTree.Root, "tests", "Fakecam.Service.Tests", "GnomeExtension", "probe.js"),
                     busAddress, CtlExecutablePath])
            start.ArgumentList.Add(argument);
        // fakecamctl, started by the module, finds the same bus and keeps its saved choice here.
        start.Environment["DBUS_SYSTEM_BUS_ADDRESS"] = busAddress;
        start.Environment["XDG_CONFIG_HOME"] = ConfigHome;

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
                _events.CompleteAdding();
            else
                _events.Add(JsonDocument.Parse(line.Data).RootElement.Clone());
        };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
                _stderr.Enqueue(line.Data);
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Started = Next(e => Kind(e) == "started", "the module to start");
        Latest = Started;
    }

    /// <summary>fakecamctl as the tests run it: the Native AOT binary under make test, else the one built here.</summary>
    public static string CtlExecutablePath =>
        Environment.GetEnvironmentVariable("FAKECAM_BIN") is { Length: > 0 } bin && File.Exists(Path.Combine(bin, "fakecamctl"))
            ? Path.Combine(bin, "fakecamctl")
            : Path.Combine(AppContext.BaseDirectory, "fakecamctl");

    public string ConfigHome { get; }

    /// <summary>The status once the module had its first answer from the bus.</summary>
    public JsonElement Started { get; }

    /// <summary>The newest status the module reported among those read so far.</summary>
    public JsonElement Latest { get; private set; }

    public string Stderr => string.Join('\n', _stderr);

    /// <summary>Calls a method of the module (e.g. setEffectEnabled, false) and returns its result.</summary>
    public JsonElement Call(string method, params object[] arguments)
    {
        _process.StandardInput.WriteLine(JsonSerializer.Serialize<object[]>([method, .. arguments]));
        _process.StandardInput.Flush();
        return Next(e => Kind(e) == "result" && e.GetProperty("method").GetString() == method, $"the result of {method}");
    }

    /// <summary>Waits for a status the module reports that satisfies <paramref name="condition"/>.</summary>
    public JsonElement WaitForStatus(Func<JsonElement, bool> condition, string what)
    {
        if (condition(Latest))
            return Latest;
        return Next(e => Kind(e) == "status" && condition(e), what);
    }

    private JsonElement Next(Func<JsonElement, bool> wanted, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            TimeSpan left = Timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero || !_events.TryTake(out JsonElement e, left))
            {
                throw new TimeoutException(
                    $"Waited {Timeout.TotalSeconds} s for {what}; the last status was {Latest}. gjs said:\n{Stderr}");
            }
            if (Kind(e) == "thrown")
                throw new InvalidOperationException($"The module threw: {e.GetProperty("message")}\n{Stderr}");
            if (Kind(e) is "status" or "started")
                Latest = e;
            if (wanted(e))
                return e;
        }
    }

    private static string? Kind(JsonElement e) => e.GetProperty("event").GetString();

    /// <summary>Ends the module as the shell disables it, and returns what gjs wrote on stderr.</summary>
    public string Quit()
    {
        _process.StandardInput.WriteLine("[\"quit\"]");
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000))
            throw new TimeoutException($"gjs did not end after quit.\n{Stderr}");
        _process.WaitForExit();
        Assert.Equal(0, _process.ExitCode);
        return Stderr;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
        Directory.Delete(ConfigHome, recursive: true);
    }
}
