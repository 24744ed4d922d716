namespace Fakecam.Daemon.Interop;

internal static partial class Libraries
{
    /// <summary>Environment variable naming the ONNX Runtime library file to load instead of the system's.</summary>
    internal const string OnnxRuntimePathVariable = "FAKECAM_ONNXRUNTIME";

    /// <summary>Debian 13's libonnxruntime1.21.</summary>
    internal const string OnnxRuntimeDebian = "libonnxruntime.so.1.21";

    /// <summary>The upstream builds' soname (e.g. the one inside the npm package onnxruntime-node).</summary>
    internal const string OnnxRuntime = "libonnxruntime.so.1";
}
