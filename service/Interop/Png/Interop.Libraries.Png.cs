namespace Fakecam.Daemon.Interop;

internal static partial class Libraries
{
    /// <summary>libpng 1.6 (Debian: libpng16-16, libpng16-16t64 on Debian 13).</summary>
    internal const string Png = "libpng16.so.16";
}
