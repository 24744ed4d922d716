using System.Diagnostics;

namespace Fakecam.Tests.DBus;

/// <summary>
/// A real dbus-daemon on a private socket in a temporary directory, with a policy that lets any local
/// user connect, own names and call anything. Killed on dispose.
/// </summary>
public sealed class PrivateBus : IDisposable
{
    private readonly string _directory;
    private readonly int _pid;

    public PrivateBus()
    {
        _directory = Directory.CreateTempSubdirectory("fakecam-bus-").FullName;
        // Reachable by an unprivileged caller (tests run one as nobody).
        File.SetUnixFileMode(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        string config = Path.Combine(_directory, "bus.conf");
        File.WriteAllText(config, $"""
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:path={_directory}/socket</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow user="*"/>
                <allow own="*"/>
                <allow send_destination="*"/>
                <allow receive_sender="*"/>
              </policy>
            </busconfig>
            """);
        ToolResult started = Tool.Run("dbus-daemon", "--config-file=" + config, "--fork", "--print-address=1", "--print-pid=1");
        if (started.ExitCode != 0)
            throw new InvalidOperationException($"dbus-daemon did not start: {started.Stderr}");
        string[] lines = started.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Address = lines[0];
        _pid = int.Parse(lines[1]);
    }

    /// <summary>The D-Bus address to connect to.</summary>
    public string Address { get; }

    public void Dispose()
    {
        if (!Directory.Exists(_directory))
            return;
        try
        {
            using Process daemon = Process.GetProcessById(_pid);
            daemon.Kill();
            daemon.WaitForExit(5000);
        }
        catch (ArgumentException)
        {
            // Already gone (a test killed it on purpose).
        }
        Directory.Delete(_directory, recursive: true);
    }
}
