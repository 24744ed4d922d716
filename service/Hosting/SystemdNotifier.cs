using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Fakecam.Daemon.Hosting;

/// <summary>
/// The service side of systemd's notification protocol (sd_notify(3)): datagrams such as <c>READY=1</c>,
/// <c>STATUS=…</c>, <c>WATCHDOG=1</c> and <c>STOPPING=1</c> sent to the socket named by NOTIFY_SOCKET.
/// Without NOTIFY_SOCKET (not started by systemd) every call does nothing.
/// </summary>
public sealed class SystemdNotifier : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Socket? _socket;
    private readonly UnixDomainSocketEndPoint? _endpoint;

    public SystemdNotifier(string? notifySocket, string? watchdogMicroseconds, string? watchdogPid, int processId)
    {
        if (!string.IsNullOrEmpty(notifySocket) && notifySocket[0] is '/' or '@')
        {
            // A leading '@' names a socket in the abstract namespace.
            _endpoint = new UnixDomainSocketEndPoint(notifySocket[0] == '@' ? "\0" + notifySocket[1..] : notifySocket);
            _socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        }
        bool forUs = string.IsNullOrEmpty(watchdogPid) || watchdogPid == processId.ToString(CultureInfo.InvariantCulture);
        if (forUs && ulong.TryParse(watchdogMicroseconds, NumberStyles.None, CultureInfo.InvariantCulture, out ulong usec) && usec > 0)
            WatchdogInterval = TimeSpan.FromMicroseconds(usec);
    }

    public static SystemdNotifier ForCurrentProcess() => new(
        Environment.GetEnvironmentVariable("NOTIFY_SOCKET"),
        Environment.GetEnvironmentVariable("WATCHDOG_USEC"),
        Environment.GetEnvironmentVariable("WATCHDOG_PID"),
        Environment.ProcessId);

    /// <summary>True when a service manager listens.</summary>
    public bool IsActive => _socket is not null;

    /// <summary>How often the manager expects <see cref="Watchdog"/>, or null when it does not watch.</summary>
    public TimeSpan? WatchdogInterval { get; }

    public void Ready(string status) => Send($"READY=1\nSTATUS={status}");

    public void Status(string status) => Send($"STATUS={status}");

    public void Watchdog() => Send("WATCHDOG=1");

    public void Stopping(string status) => Send($"STOPPING=1\nSTATUS={status}");

    private void Send(string message)
    {
        if (_socket is null)
            return;
        lock (_lock)
        {
            try
            {
                _socket.SendTo(Encoding.UTF8.GetBytes(message), _endpoint!);
            }
            catch (SocketException)
            {
                // The manager went away or is restarting; the next notification tries again.
            }
        }
    }

    public void Dispose() => _socket?.Dispose();
}
