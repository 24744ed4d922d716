using Fakecam.Api;

namespace Fakecam.Daemon.Streaming;

/// <summary>The service's State property.</summary>
public enum StreamState
{
    /// <summary>No app reads the virtual camera; the real camera is closed.</summary>
    Idle,
    Streaming,
    /// <summary>The user paused: the camera is released and a privacy frame is shown.</summary>
    Paused,
    /// <summary>An app reads the virtual camera but the real camera is missing; retried.</summary>
    NoCamera,
    /// <summary>The virtual camera cannot be opened (module not loaded); retried.</summary>
    Error,
}

public static class StreamStateNames
{
    public static string ToApiName(this StreamState state) => state switch
    {
        StreamState.Idle => FakecamBus.States.Idle,
        StreamState.Streaming => FakecamBus.States.Streaming,
        StreamState.Paused => FakecamBus.States.Paused,
        StreamState.NoCamera => FakecamBus.States.NoCamera,
        _ => FakecamBus.States.Error,
    };
}

/// <summary>What the API reports: the state and how many apps read the virtual camera.</summary>
public readonly record struct StreamStatus(StreamState State, int Consumers);
