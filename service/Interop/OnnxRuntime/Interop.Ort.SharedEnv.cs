namespace Fakecam.Daemon.Interop;

internal static partial class Ort
{
    private static SafeOrtEnvHandle? s_sharedEnv;

    /// <summary>
    /// The process's one environment (ONNX Runtime wants a single one), created on first use and kept until
    /// exit. Warnings and errors go to stderr, which the journal records; nothing is logged per run.
    /// </summary>
    internal static SafeOrtEnvHandle SharedEnv
    {
        get
        {
            lock (s_loadLock)
                return s_sharedEnv ??= SchemaRegistrationNoise.Filter(() => CreateEnv(LoggingLevel.Warning, "fakecamd"));
        }
    }
}
