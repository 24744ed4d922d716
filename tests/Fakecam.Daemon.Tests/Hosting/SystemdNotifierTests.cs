using System.Net.Sockets;
using System.Text;
using Fakecam.Daemon.Hosting;

namespace Fakecam.Daemon.Tests.Hosting;

public sealed class SystemdNotifierTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fakecam-notify-").FullName;

    private Socket Listen(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        socket.ReceiveTimeout = 2000;
        return socket;
    }

    private static string Receive(Socket socket)
    {
        var buffer = new byte[4096];
        int n = socket.Receive(buffer);
        return Encoding.UTF8.GetString(buffer, 0, n);
    }

    [Fact]
    public void Notifications_reach_the_socket_named_by_NOTIFY_SOCKET()
    {
        string path = Path.Combine(_directory, "notify");
        using Socket manager = Listen(path);
        using var notifier = new SystemdNotifier(path, null, null, Environment.ProcessId);

        notifier.Ready("Streaming");
        Assert.Equal("READY=1\nSTATUS=Streaming", Receive(manager));
        notifier.Watchdog();
        Assert.Equal("WATCHDOG=1", Receive(manager));
        notifier.Stopping("Stopping");
        Assert.Equal("STOPPING=1\nSTATUS=Stopping", Receive(manager));
    }

    [Fact]
    public void Abstract_socket_names_are_supported()
    {
        string name = "fakecam-test-" + Guid.NewGuid().ToString("N");
        using Socket manager = Listen("\0" + name);
        using var notifier = new SystemdNotifier("@" + name, null, null, Environment.ProcessId);

        notifier.Status("Idle");
        Assert.Equal("STATUS=Idle", Receive(manager));
    }

    [Fact]
    public void Without_a_manager_nothing_is_sent_and_nothing_fails()
    {
        using var notifier = new SystemdNotifier(null, null, null, Environment.ProcessId);
        Assert.False(notifier.IsActive);
        notifier.Ready("Streaming");
    }

    [Fact]
    public void Watchdog_interval_applies_only_to_the_named_process()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), new SystemdNotifier(null, "10000000", null, 42).WatchdogInterval);
        Assert.Equal(TimeSpan.FromSeconds(10), new SystemdNotifier(null, "10000000", "42", 42).WatchdogInterval);
        Assert.Null(new SystemdNotifier(null, "10000000", "43", 42).WatchdogInterval);
        Assert.Null(new SystemdNotifier(null, null, null, 42).WatchdogInterval);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
