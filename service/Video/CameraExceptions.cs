namespace Fakecam.Daemon.Video;

/// <summary>No capture camera answers to the given id (not plugged in, or no such name).</summary>
public sealed class CameraNotFoundException(string message) : IOException(message);

/// <summary>
/// The camera went away while open (unplugged, or no frames for too long). Read while streaming, the message is
/// the reason alone ("no frame for 5 s"): the journal line around it names the camera.
/// </summary>
public sealed class CameraDisconnectedException(string message, Exception? inner = null) : IOException(message, inner);
