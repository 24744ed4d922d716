using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Streaming;

/// <summary>What the frame thread streams: from which camera, at what format, with the effect or without.</summary>
public sealed record StreamSettings(string CameraId, FrameFormat Format, bool EffectEnabled, bool Paused);
