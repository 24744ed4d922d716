namespace Fakecam.Daemon.Backgrounds;

/// <summary>A background image was refused; the message says what was wrong and what to do.</summary>
public sealed class BackgroundImageException(BackgroundImageError error, string message) : Exception(message)
{
    public BackgroundImageError Error { get; } = error;
}
