namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int CreateSessionIndex = 7;

    /// <summary>OrtApi::CreateSession: loads and optimises the model file at <paramref name="modelPath"/>.</summary>
    internal static SafeOrtSessionHandle CreateSession(SafeOrtEnvHandle env, string modelPath, SafeOrtSessionOptionsHandle options)
    {
        var createSession = (delegate* unmanaged<nint, byte*, nint, nint*, nint>)Function(CreateSessionIndex);
        using var envLease = new SafeHandleLease(env);
        using var optionsLease = new SafeHandleLease(options);
        nint session;
        fixed (byte* path = Utf8(modelPath))
            ThrowIfFailed(createSession(envLease.Pointer, path, optionsLease.Pointer, &session));
        return new SafeOrtSessionHandle(session);
    }
}
