using System.Diagnostics;
using Fakecam.Api;
using Fakecam.DBus;

namespace Fakecam.Service.Tests.Fixtures;

/// <summary>
/// <c>fakecamd run</c> as a child process on a private bus, with a Y4M file as the camera and another as the
/// virtual camera. Its stderr (the log) is collected; disposing kills it if it still runs.
/// </summary>
public sealed class DaemonProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly List<string> _stderr = [];

    public DaemonProcess(string busAddress, string stateDirectory, string camera, string output,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        (string fileName, string[] prefix) = DaemonExecutable.Command;
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        foreach (string argument in (string[])[.. prefix, "run", "--bus", busAddress, "--state-dir", stateDirectory,
                     "--camera", camera, "--output", output])
            start.ArgumentList.Add(argument);
        start.Environment["FAKECAM_ONNXRUNTIME"] = DaemonExecutable.OnnxRuntime;
        start.Environment["FAKECAM_MODELS"] = SourceTree.Models;
        foreach (string inherited in (string[])["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "STATE_DIRECTORY"])
            start.Environment.Remove(inherited);
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (_lock)
                    _stderr.Add(line.Data);
            }
        };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (_lock)
                    _stderr.Add("stdout: " + line.Data);
            }
        };
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the daemon logged so far, one line per entry.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_lock)
                return [.. _stderr];
        }
    }

    public string LogText => string.Join('\n', Log);

    /// <summary>Waits until the daemon owns org.fakecam.Fakecam1 (it then serves the API).</summary>
    public void WaitUntilServing(BusConnection bus, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (!BusNames.HasOwner(bus, FakecamBus.BusName))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"fakecamd exited with {_process.ExitCode} before serving:\n{LogText}");
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
                throw new TimeoutException($"fakecamd did not take its bus name in {clock.Elapsed}:\n{LogText}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Sends SIGTERM and waits for the exit; returns the exit code and how long the exit took.</summary>
    public (int ExitCode, TimeSpan Took) Terminate(TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        Signals.Send(_process.Id, Signals.SIGTERM);
        if (!_process.WaitForExit(timeout ?? TimeSpan.FromSeconds(30)))
            throw new TimeoutException($"fakecamd did not exit within {clock.Elapsed} of SIGTERM:\n{LogText}");
        TimeSpan took = clock.Elapsed;
        _process.WaitForExit();
        return (_process.ExitCode, took);
    }

    /// <summary>The daemon's resident memory (VmRSS) in kilobytes.</summary>
    public long ResidentKilobytes()
    {
        foreach (string line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]);
        }
        throw new InvalidOperationException("No VmRSS in /proc/PID/status.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}
