namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    /// <summary>struct OrtApiBase, what OrtGetApiBase() returns.</summary>
    internal struct OrtApiBase
    {
        public delegate* unmanaged<uint, void**> GetApi;
        public delegate* unmanaged<byte*> GetVersionString;
    }
}
