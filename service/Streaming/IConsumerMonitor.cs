using Fakecam.Interop;

namespace Fakecam.Daemon.Streaming;

/// <summary>Tells whether any app is reading the virtual camera, so the real camera is used only then.</summary>
public interface IConsumerMonitor : IDisposable
{
    /// <summary>Apps streaming from the output now (as of the last <see cref="Update"/>).</summary>
    int Consumers { get; }

    /// <summary>A descriptor that becomes readable (POLLIN or POLLPRI) when <see cref="Consumers"/> may have changed; null if it never changes.</summary>
    SafeFileDescriptor? ChangeDescriptor { get; }

    /// <summary>Takes in pending changes without blocking.</summary>
    void Update();
}

/// <summary>For outputs that are always read, such as a Y4M file or pipe.</summary>
public sealed class AlwaysConsumedMonitor : IConsumerMonitor
{
    public int Consumers => 1;

    public SafeFileDescriptor? ChangeDescriptor => null;

    public void Update()
    {
    }

    public void Dispose()
    {
    }
}
