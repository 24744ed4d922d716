namespace Fakecam.Daemon.Interop;

/// <summary>Names of the native libraries only the daemon binds to (libc lives in the shared library).</summary>
internal static partial class Libraries
{
    internal const string TurboJpeg = "libturbojpeg.so.0";
}
