namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    /// <summary>struct OrtApiBase, what OrtGetApiBase() returns; only ever read through a pointer.</summary>
    internal struct OrtApiBase
    {
#pragma warning disable CS0649 // Filled in by ONNX Runtime.
        public delegate* unmanaged<uint, void**> GetApi;
        public delegate* unmanaged<byte*> GetVersionString;
#pragma warning restore CS0649
    }
}
