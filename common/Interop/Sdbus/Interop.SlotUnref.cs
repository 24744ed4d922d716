using System.Runtime.InteropServices;

namespace Fakecam.Interop;

internal static partial class SdBus
{
    [LibraryImport(Libraries.Systemd, EntryPoint = "sd_bus_slot_unref")]
    private static partial nint SlotUnrefRaw(nint slot);

    /// <summary>Releases a slot: removes the object, match or pending-call callback it stands for.</summary>
    internal static void SlotUnref(nint slot) => SlotUnrefRaw(slot);
}
