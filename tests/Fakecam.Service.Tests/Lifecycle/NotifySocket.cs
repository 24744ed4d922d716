using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Fakecam.Service.Tests.Lifecycle;

/// <summary>
/// The service manager's end of sd_notify: a unix datagram socket the daemon is pointed at with NOTIFY_SOCKET.
/// Each datagram is kept with the time it arrived; <see cref="OnReady"/> runs the moment READY=1 arrives.
/// </summary>
public sealed class NotifySocket : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly ConcurrentQueue<(TimeSpan At, string Message)> _received = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Thread _thread;

    public NotifySocket(string path, Action? onReady = null)
    {
        Path = path;
        _socket.Bind(new UnixDomainSocketEndPoint(path));
        _thread = new Thread(() => Receive(onReady)) { IsBackground = true, Name = "notify socket" };
        _thread.Start();
    }

    public string Path { get; }

    public IReadOnlyList<(TimeSpan At, string Message)> Received => [.. _received];

    /// <summary>Waits for a datagram holding the line <paramref name="line"/>; returns when it arrived.</summary>
    public TimeSpan WaitFor(string line, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            foreach ((TimeSpan at, string message) in _received)
            {
                if (message.Split('\n').Contains(line))
                    return at;
            }
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
                throw new TimeoutException($"No {line} in {clock.Elapsed}; received: {string.Join(" | ", Received.Select(r => r.Message))}");
            Thread.Sleep(10);
        }
    }

    public int Count(string line) => _received.Count(r => r.Message.Split('\n').Contains(line));

    public TimeSpan Now => _clock.Elapsed;

    private void Receive(Action? onReady)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                int length = _socket.Receive(buffer);
                string message = Encoding.UTF8.GetString(buffer, 0, length);
                if (message.Split('\n').Contains("READY=1"))
                    onReady?.Invoke();
                _received.Enqueue((_clock.Elapsed, message));
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Closed by Dispose.
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        File.Delete(Path);
    }
}
