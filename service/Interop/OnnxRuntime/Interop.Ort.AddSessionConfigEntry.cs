namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int AddSessionConfigEntryIndex = 130;

    /// <summary>OrtApi::AddSessionConfigEntry (keys of onnxruntime_session_options_config_keys.h).</summary>
    internal static void AddSessionConfigEntry(SafeOrtSessionOptionsHandle options, string key, string value)
    {
        var addSessionConfigEntry = (delegate* unmanaged<nint, byte*, byte*, nint>)Function(AddSessionConfigEntryIndex);
        using var lease = new SafeHandleLease(options);
        fixed (byte* keyUtf8 = Utf8(key))
        fixed (byte* valueUtf8 = Utf8(value))
            ThrowIfFailed(addSessionConfigEntry(lease.Pointer, keyUtf8, valueUtf8));
    }
}
