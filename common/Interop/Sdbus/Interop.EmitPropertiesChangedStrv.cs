using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_emit_properties_changed_strv", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int EmitPropertiesChangedStrvRaw(nint bus, string path, string @interface, nint* names);

    /// <summary>Emits PropertiesChanged; sd-bus fetches the new values through the vtable getters.</summary>
    internal static unsafe void EmitPropertiesChanged(nint bus, string path, string @interface, ReadOnlySpan<string> names)
    {
        nint* list = stackalloc nint[names.Length + 1];
        new Span<nint>(list, names.Length + 1).Clear();
        try
        {
            for (int i = 0; i < names.Length; i++)
                list[i] = Marshal.StringToCoTaskMemUTF8(names[i]);
            Check(EmitPropertiesChangedStrvRaw(bus, path, @interface, list), $"sd_bus_emit_properties_changed {path} {@interface}");
        }
        finally
        {
            for (int i = 0; i < names.Length; i++)
                Marshal.FreeCoTaskMem(list[i]);
        }
    }
}
