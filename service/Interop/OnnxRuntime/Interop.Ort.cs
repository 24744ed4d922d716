using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

/// <summary>
/// The ONNX Runtime C API. Every entry point is a function pointer read from the OrtApi table at the index it has
/// in onnxruntime_c_api.h. The table only ever grows, so asking for version 21 is served by Debian 13's 1.21 and
/// by every later release. The library is loaded on first use (see <see cref="OnnxRuntimeLibrary"/>).
/// </summary>
internal static unsafe partial class Ort
{
    /// <summary>The ORT_API_VERSION requested: that of ONNX Runtime 1.21, the oldest release served.</summary>
    internal const uint ApiVersion = 21;

    private static readonly Lock s_loadLock = new();
    private static nint s_api;
    private static string? s_version;
    private static string? s_loadedFrom;

    /// <summary>The version of the loaded library, e.g. "1.30.0".</summary>
    public static string Version
    {
        get
        {
            EnsureLoaded();
            return s_version!;
        }
    }

    /// <summary>The file or soname the library was loaded from.</summary>
    public static string LoadedFrom
    {
        get
        {
            EnsureLoaded();
            return s_loadedFrom!;
        }
    }

    /// <summary>Loads the library now, so a missing or unusable one fails at start-up rather than mid-stream.</summary>
    public static void EnsureLoaded() => Function(0);

    private static void* Function(int index)
    {
        void** api = (void**)Volatile.Read(ref s_api);
        if (api == null)
            api = Load();
        return api[index];
    }

    private static void** Load()
    {
        lock (s_loadLock)
        {
            if (s_api != 0)
                return (void**)s_api;

            string loadedFrom = "";
            nint library = SchemaRegistrationNoise.Filter(() => OnnxRuntimeLibrary.Load(
                Environment.GetEnvironmentVariable(Libraries.OnnxRuntimePathVariable),
                [Libraries.OnnxRuntimeDebian, Libraries.OnnxRuntime],
                out loadedFrom));
            if (!NativeLibrary.TryGetExport(library, "OrtGetApiBase", out nint getApiBase))
                throw new OnnxRuntimeNotFoundException($"{loadedFrom} is not ONNX Runtime: it exports no OrtGetApiBase.");

            OrtApiBase* apiBase = ((delegate* unmanaged<OrtApiBase*>)getApiBase)();
            string version = Marshal.PtrToStringUTF8((nint)apiBase->GetVersionString()) ?? "";
            void** api = apiBase->GetApi(ApiVersion);
            if (api == null)
            {
                throw new OnnxRuntimeNotFoundException(
                    $"ONNX Runtime {version} ({loadedFrom}) does not serve API version {ApiVersion}: version 1.21 or later is needed.");
            }

            s_version = version;
            s_loadedFrom = loadedFrom;
            Volatile.Write(ref s_api, (nint)api);
            return api;
        }
    }
}
