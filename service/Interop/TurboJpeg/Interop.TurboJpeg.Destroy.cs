using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Interop;

internal static partial class TurboJpeg
{
    [LibraryImport(Libraries.TurboJpeg, EntryPoint = "tjDestroy")]
    private static partial int DestroyRaw(nint handle);

    internal static bool Destroy(nint handle) => DestroyRaw(handle) == 0;
}
