namespace Fakecam.Interop;

/// <summary>Names of the native libraries the shared code binds to.</summary>
internal static partial class Libraries
{
    internal const string Libc = "libc";
    internal const string Systemd = "libsystemd.so.0";
}
