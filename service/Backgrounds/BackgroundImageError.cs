namespace Fakecam.Daemon.Backgrounds;

/// <summary>Why a background image was refused; the D-Bus layer maps each to an error name of its own.</summary>
public enum BackgroundImageError
{
    /// <summary>The descriptor or path is unusable: closed, not a regular file, unreadable.</summary>
    InvalidArgument,

    /// <summary>Not a PNG, JPEG or WebP, or damaged so that it cannot be decoded.</summary>
    UnsupportedFormat,

    /// <summary>The file or the picture exceeds <see cref="BackgroundImageLimits"/>.</summary>
    TooLarge,
}
