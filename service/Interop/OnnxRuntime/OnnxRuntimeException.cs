namespace Fakecam.Daemon.Interop;

/// <summary>An ONNX Runtime call returned an error status; carries ONNX Runtime's own message and code.</summary>
public sealed class OnnxRuntimeException(OrtErrorCode code, string ortMessage)
    : Exception($"ONNX Runtime: {ortMessage} ({code})")
{
    public OrtErrorCode Code { get; } = code;

    /// <summary>The message exactly as ONNX Runtime worded it.</summary>
    public string OrtMessage { get; } = ortMessage;
}
