namespace Fakecam.Daemon.Backgrounds;

/// <summary>The still-image formats accepted as backgrounds.</summary>
public enum BackgroundImageFormat
{
    Png,
    Jpeg,
    WebP,
}
