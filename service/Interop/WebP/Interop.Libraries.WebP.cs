namespace Fakecam.Daemon.Interop;

internal static partial class Libraries
{
    /// <summary>libwebp (Debian: libwebp7).</summary>
    internal const string WebP = "libwebp.so.7";
}
