using System.Text;
using Fakecam.Interop;

namespace Fakecam.Daemon.Interop;

/// <summary>
/// Debian's libonnxruntime is linked against the system's libonnx, which has already registered the ONNX
/// operator schemas that ONNX Runtime registers again when it starts; each duplicate is reported on stderr
/// ("Schema error: Trying to register schema …", some 570 lines), which would land in the journal at every
/// start of the service. <see cref="Filter{T}"/> runs a step of ONNX Runtime's start-up (loading the library,
/// creating the environment and sessions) with stderr captured and passes on every line but those.
/// </summary>
internal static class SchemaRegistrationNoise
{
    internal const string LinePrefix = "Schema error: Trying to register schema ";

    private const int StandardError = 2;

    public static T Filter<T>(Func<T> step)
    {
        Console.Error.Flush();
        using SafeFileDescriptor original = Libc.DuplicateFd(StandardError);
        string path = Path.Combine(Path.GetTempPath(), $"fakecamd-{Environment.ProcessId}-{Guid.NewGuid():N}.stderr");
        using var capture = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite, 4096,
            FileOptions.DeleteOnClose);
        Libc.Duplicate((int)capture.SafeFileHandle.DangerousGetHandle(), StandardError);
        try
        {
            return step();
        }
        finally
        {
            Libc.Duplicate(original.Fd, StandardError);
            PassOn(capture, original);
        }
    }

    private static void PassOn(FileStream capture, SafeFileDescriptor stderr)
    {
        capture.Position = 0;
        using var reader = new StreamReader(capture, Encoding.UTF8, leaveOpen: true);
        var kept = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith(LinePrefix, StringComparison.Ordinal))
                kept.Append(line).Append('\n');
        }
        Libc.WriteAll(stderr, Encoding.UTF8.GetBytes(kept.ToString()));
    }
}
