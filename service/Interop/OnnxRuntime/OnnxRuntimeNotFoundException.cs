namespace Fakecam.Daemon.Interop;

/// <summary>No usable ONNX Runtime library could be loaded; the message lists what was tried and how to fix it.</summary>
public sealed class OnnxRuntimeNotFoundException(string message) : DllNotFoundException(message);
