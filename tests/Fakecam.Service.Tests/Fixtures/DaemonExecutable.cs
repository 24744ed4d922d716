namespace Fakecam.Service.Tests.Fixtures;

/// <summary>
/// How to start fakecamd: the Native AOT binary in $FAKECAM_BIN when the build provides one (make test),
/// else the JIT-compiled fakecamd.dll built next to the tests, through the dotnet host.
/// </summary>
internal static class DaemonExecutable
{
    private const string OnnxRuntimeVariable = "FAKECAM_ONNXRUNTIME";

    private static readonly string? Native = Environment.GetEnvironmentVariable("FAKECAM_BIN") is { Length: > 0 } bin
        && File.Exists(Path.Combine(bin, "fakecamd"))
            ? Path.Combine(bin, "fakecamd")
            : null;

    public static bool IsNative => Native is not null;

    /// <summary>The program and the arguments that come before fakecamd's own.</summary>
    public static (string FileName, string[] Prefix) Command => Native is not null
        ? (Native, [])
        : ("dotnet", [Path.Combine(AppContext.BaseDirectory, "fakecamd.dll")]);

    /// <summary>The ONNX Runtime library the daemon loads; the tests cannot run the real service without it.</summary>
    public static string OnnxRuntime => Environment.GetEnvironmentVariable(OnnxRuntimeVariable) is { Length: > 0 } path
        ? path
        : throw new InvalidOperationException(
            $"{OnnxRuntimeVariable} is not set: run the tests with 'make test', or set it to the path " +
            "build/install-onnxruntime.sh prints (libonnxruntime.so.1).");
}
