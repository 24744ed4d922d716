namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int CreateSessionOptionsIndex = 10;

    /// <summary>OrtApi::CreateSessionOptions.</summary>
    internal static SafeOrtSessionOptionsHandle CreateSessionOptions()
    {
        var createSessionOptions = (delegate* unmanaged<nint*, nint>)Function(CreateSessionOptionsIndex);
        nint options;
        ThrowIfFailed(createSessionOptions(&options));
        return new SafeOrtSessionOptionsHandle(options);
    }
}
