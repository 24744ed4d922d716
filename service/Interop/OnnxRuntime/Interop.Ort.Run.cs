namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int RunIndex = 9;

    /// <summary>
    /// OrtApi::Run with pre-made output values, so ONNX Runtime writes into the caller's buffers and nothing is
    /// allocated. Names are NUL-terminated UTF-8; all arrays live as long as the call.
    /// </summary>
    internal static void Run(
        SafeOrtSessionHandle session,
        byte** inputNames, nint* inputs, int inputCount,
        byte** outputNames, nint* outputs, int outputCount)
    {
        var run = (delegate* unmanaged<nint, nint, byte**, nint*, nuint, byte**, nuint, nint*, nint>)Function(RunIndex);
        using var lease = new SafeHandleLease(session);
        ThrowIfFailed(run(lease.Pointer, 0, inputNames, inputs, (nuint)inputCount, outputNames, (nuint)outputCount, outputs));
    }
}
