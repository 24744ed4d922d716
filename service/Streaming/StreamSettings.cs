using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Streaming;

/// <summary>
/// What the frame thread streams: from which camera, at what format, with the effect or without, mirrored or
/// not, and at most how many frames a second (0: as many as the camera gives).
/// </summary>
public sealed record StreamSettings(string CameraId, FrameFormat Format, bool EffectEnabled, bool Paused,
    bool Mirror = false, uint FpsCap = 0);
