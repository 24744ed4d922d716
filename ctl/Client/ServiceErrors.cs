using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Interop;

namespace Fakecam.Ctl.Client;

/// <summary>Turns bus and service errors into messages that say what went wrong and what to do.</summary>
public static class ServiceErrors
{
    public const string NotRunning = "Fakecam is not running. Start it with: sudo systemctl start fakecamd";

    public const string NotAllowed = "Not allowed: changing Fakecam needs an active local session or administrator rights "
        + "(polkit action " + FakecamBus.ConfigureAction + ").";

    public const string AcceptedFormats = "Accepted: images JPEG, PNG or WebP; videos MP4, WebM, MKV, MOV or animated GIF.";

    public const string Limits = "Backgrounds are limited to 64 MiB and 40 megapixels.";

    private const int ENOENT = 2;
    private const int EACCES = 13;
    private const int ENOTDIR = 20;
    private const int EINVAL = 22;
    private const int ECONNREFUSED = 111;

    public static CommandFailedException FromService(DBusErrorException error)
    {
        string said = error.Message.TrimEnd('.');
        return error.ErrorName switch
        {
            FakecamBus.Errors.NotAuthorized or DBusErrorNames.AccessDenied => new(ExitCodes.NotAuthorized, NotAllowed, error),
            DBusErrorNames.ServiceUnknown or DBusErrorNames.NameHasNoOwner => new(ExitCodes.ServiceNotRunning, NotRunning, error),
            DBusErrorNames.Disconnected => new(ExitCodes.ServiceNotRunning,
                "The connection to the D-Bus system bus was lost. Check that dbus and fakecamd run: systemctl status dbus fakecamd", error),
            DBusErrorNames.NoReply => Failed("Fakecam did not answer in time. See what it is doing with: journalctl -u fakecamd", error),
            DBusErrorNames.UnknownMethod or DBusErrorNames.UnknownObject or DBusErrorNames.UnknownInterface =>
                Failed($"The running Fakecam service does not offer this ({said}). Update fakecamctl and fakecamd together, "
                    + "then restart it: sudo systemctl restart fakecamd", error),
            FakecamBus.Errors.InvalidArgument => new(ExitCodes.Usage, $"Fakecam refused the value: {said}.", error),
            FakecamBus.Errors.UnsupportedFormat => Failed($"Unsupported file: {said}. {AcceptedFormats}", error),
            FakecamBus.Errors.TooLarge => Failed($"Too large: {said}. {Limits}", error),
            FakecamBus.Errors.NoCamera => Failed($"No camera: {said}. Plug one in, or list them with 'fakecamctl cameras' "
                + "and choose one with 'fakecamctl set-camera ID'.", error),
            FakecamBus.Errors.Busy => Failed($"Fakecam is busy: {said}. Try again in a moment.", error),
            _ => Failed($"Fakecam failed: {said} ({error.ErrorName}). See: journalctl -u fakecamd", error),
        };
    }

    /// <summary>Why the bus could not be reached at all.</summary>
    public static CommandFailedException FromConnect(string? address, NativeCallException error)
    {
        string where = address is null ? SystemBusDescription() : $"the D-Bus address {address}";
        return error.Errno switch
        {
            ENOENT or ECONNREFUSED or ENOTDIR => new(ExitCodes.ServiceNotRunning,
                $"Cannot reach {where}: nothing is listening there. "
                + (address is null ? "Is dbus running? Check with: systemctl status dbus" : "Check the --bus address."), error),
            EINVAL => address is null
                ? Failed("DBUS_SYSTEM_BUS_ADDRESS is not a valid D-Bus address. Unset it, or give one like unix:path=/run/dbus/system_bus_socket.", error)
                : CommandFailedException.Usage($"--bus: \"{address}\" is not a valid D-Bus address; give one like unix:path=/run/dbus/system_bus_socket."),
            EACCES => Failed($"Cannot connect to {where}: permission denied.", error),
            _ => Failed($"Cannot connect to {where}: {error.Message}", error),
        };
    }

    private static string SystemBusDescription()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS");
        return string.IsNullOrEmpty(fromEnvironment)
            ? "the D-Bus system bus"
            : $"the D-Bus system bus at {fromEnvironment} (from DBUS_SYSTEM_BUS_ADDRESS)";
    }

    private static CommandFailedException Failed(string message, Exception inner) => CommandFailedException.Failed(message, inner);
}
