namespace Fakecam.Daemon.Video;

/// <summary>A capture camera: its stable id (a /dev/v4l/by-id link, else its card name), node, name and modes.</summary>
public sealed record CameraInfo(string Id, string DeviceNode, string Card, IReadOnlyList<CameraMode> Modes);
