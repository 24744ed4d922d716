using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    private static nint s_vtableFormat;

    /// <summary>
    /// Address of the exported <c>const unsigned sd_bus_object_vtable_format</c>, which the START entry
    /// points at so sd-bus knows which vtable layout the caller was built against.
    /// </summary>
    internal static unsafe uint* ObjectVtableFormat
    {
        get
        {
            if (s_vtableFormat == 0)
            {
                nint library = NativeLibrary.Load(Libraries.Systemd);
                s_vtableFormat = NativeLibrary.GetExport(library, "sd_bus_object_vtable_format");
            }
            return (uint*)s_vtableFormat;
        }
    }
}
