namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int CreateEnvIndex = 3;

    /// <summary>OrtApi::CreateEnv.</summary>
    internal static SafeOrtEnvHandle CreateEnv(LoggingLevel level, string logId)
    {
        var createEnv = (delegate* unmanaged<LoggingLevel, byte*, nint*, nint>)Function(CreateEnvIndex);
        nint env;
        fixed (byte* id = Utf8(logId))
            ThrowIfFailed(createEnv(level, id, &env));
        return new SafeOrtEnvHandle(env);
    }
}
