using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Tests.Interop.OnnxRuntime;

/// <summary>The tests run on the real ONNX Runtime, which <c>make test</c> installs and names in FAKECAM_ONNXRUNTIME.</summary>
internal static class OnnxRuntimeRequirement
{
    /// <summary>The configured library path; fails the test (never skips it) when it is not configured.</summary>
    public static string LibraryPath()
    {
        string? path = Environment.GetEnvironmentVariable("FAKECAM_ONNXRUNTIME");
        Assert.True(!string.IsNullOrEmpty(path),
            "FAKECAM_ONNXRUNTIME is not set. Run the tests with 'make test', which installs ONNX Runtime " +
            "(build/install-onnxruntime.sh) and sets it to the library's path.");
        Assert.True(File.Exists(path), $"FAKECAM_ONNXRUNTIME names {path}, which does not exist. Run 'make test'.");
        return path;
    }

    /// <summary>Checks the configuration, then loads the library.</summary>
    public static void EnsureLoaded()
    {
        LibraryPath();
        Ort.EnsureLoaded();
    }
}
