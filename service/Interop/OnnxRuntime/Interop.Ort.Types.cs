namespace Fakecam.Daemon.Interop;

internal static partial class Ort
{
    /// <summary>OrtLoggingLevel.</summary>
    internal enum LoggingLevel
    {
        Verbose = 0,
        Info = 1,
        Warning = 2,
        Error = 3,
        Fatal = 4,
    }

    /// <summary>GraphOptimizationLevel.</summary>
    internal enum GraphOptimizationLevel
    {
        DisableAll = 0,
        EnableBasic = 1,
        EnableExtended = 2,
        EnableAll = 99,
    }

    /// <summary>ONNXTensorElementDataType (only the values used here).</summary>
    internal enum TensorElementType
    {
        Float = 1,
    }

    /// <summary>OrtAllocatorType.</summary>
    internal enum AllocatorType
    {
        Device = 0,
        Arena = 1,
    }

    /// <summary>OrtMemType.</summary>
    internal enum MemoryType
    {
        Default = 0,
    }
}
