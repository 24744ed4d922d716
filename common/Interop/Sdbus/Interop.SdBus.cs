namespace Fakecam.Interop;

/// <summary>
/// libsystemd's sd-bus. Only the non-variadic functions are bound: variadic calls cannot be described
/// portably through P/Invoke. sd_bus*, sd_bus_message* and sd_bus_slot* stay raw pointers; the D-Bus
/// layer owns their lifetime on the one thread that owns the bus.
/// </summary>
internal static partial class SdBus
{
    /// <summary>sd-bus returns a negative errno on failure; this turns it into an exception.</summary>
    internal static int Check(int result, string operation)
    {
        if (result < 0)
            throw new NativeCallException(operation, -result);
        return result;
    }
}
