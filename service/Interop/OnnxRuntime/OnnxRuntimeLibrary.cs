using System.Runtime.InteropServices;
using System.Text;

namespace Fakecam.Daemon.Interop;

/// <summary>
/// Finds ONNX Runtime: the file named by FAKECAM_ONNXRUNTIME if that is set, then the system's sonames in order.
/// </summary>
internal static class OnnxRuntimeLibrary
{
    /// <summary>
    /// Loads the first candidate that loads and returns its handle, or throws <see cref="OnnxRuntimeNotFoundException"/>
    /// listing every candidate with the reason it failed and how to install the library.
    /// </summary>
    /// <param name="configuredPath">The value of FAKECAM_ONNXRUNTIME, or null when it is not set.</param>
    /// <param name="systemNames">Sonames looked up by the dynamic loader, in order.</param>
    public static nint Load(string? configuredPath, IReadOnlyList<string> systemNames, out string loadedFrom)
    {
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(configuredPath))
        {
            string label = $"{configuredPath} (from {Libraries.OnnxRuntimePathVariable})";
            if (!File.Exists(configuredPath))
                failures.Add($"{label}: no such file");
            else if (TryLoad(configuredPath, label, failures, out nint handle))
            {
                loadedFrom = configuredPath;
                return handle;
            }
        }

        foreach (string name in systemNames)
        {
            if (TryLoad(name, name, failures, out nint handle))
            {
                loadedFrom = name;
                return handle;
            }
        }

        throw new OnnxRuntimeNotFoundException(Explain(failures));
    }

    private static bool TryLoad(string path, string label, List<string> failures, out nint handle)
    {
        try
        {
            handle = NativeLibrary.Load(path);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            failures.Add($"{label}: {LoaderReason(path, e.Message)}");
            handle = 0;
            return false;
        }
    }

    /// <summary>
    /// The runtime's message ends with the dynamic loader's own words, "path: reason" (dlerror), which say what is
    /// wrong; the reason alone is kept.
    /// </summary>
    private static string LoaderReason(string path, string message)
    {
        string lastLine = message.TrimEnd().Split('\n')[^1].Trim();
        if (lastLine.StartsWith(path + ": ", StringComparison.Ordinal))
            lastLine = lastLine[(path.Length + 2)..];
        return lastLine.Length > 0 ? lastLine : message;
    }

    private static string Explain(List<string> failures)
    {
        var text = new StringBuilder("ONNX Runtime could not be loaded. Tried:\n");
        foreach (string failure in failures)
            text.Append("  ").Append(failure).Append('\n');
        text.Append("To fix: on Debian 13 or later run 'apt-get install libonnxruntime1.21'; elsewhere run ")
            .Append("build/install-onnxruntime.sh from the Fakecam sources and set ")
            .Append(Libraries.OnnxRuntimePathVariable).Append(" to the path it prints.");
        return text.ToString();
    }
}
