using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Interop;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>
/// Turns a background image file (PNG, JPEG or WebP) into an I420 frame at the picture's own size, rounded
/// down to even. Everything wrong with the input is a <see cref="BackgroundImageException"/>; sizes are
/// checked against <see cref="BackgroundImageLimits"/> before anything is decoded. Thread-safe.
/// </summary>
public static class BackgroundImageLoader
{
    /// <summary>Loads from a descriptor a client passed (read from offset 0; the descriptor stays open).</summary>
    public static VideoFrame Load(SafeFileDescriptor fd) => Decode(ImageFileReader.Read(fd).Span);

    /// <summary>Loads from a path, for the command line.</summary>
    public static VideoFrame Load(string path) => Decode(ImageFileReader.Read(path).Span);

    /// <summary>Decodes the bytes of a whole image file.</summary>
    public static VideoFrame Decode(ReadOnlySpan<byte> file)
    {
        if (file.Length > BackgroundImageLimits.MaxFileBytes)
            throw BackgroundImageLimits.FileTooLarge("The image");
        return ImageSignature.Detect(file) switch
        {
            BackgroundImageFormat.Png => PngBackgroundDecoder.Decode(file),
            BackgroundImageFormat.Jpeg => JpegBackgroundDecoder.Decode(file),
            BackgroundImageFormat.WebP => WebPBackgroundDecoder.Decode(file),
            _ => throw new UnreachableException(),
        };
    }
}
