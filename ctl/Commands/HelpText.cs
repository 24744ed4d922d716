namespace Fakecam.Ctl.Commands;

internal static class HelpText
{
    public const string Root = """
        Control Fakecam, the virtual webcam with a blurred or replaced background.

        Exit status: 0 ok, 1 failed, 2 usage error, 3 not authorised, 4 Fakecam (or the bus) not running.
        Talks to the D-Bus system bus ($DBUS_SYSTEM_BUS_ADDRESS when set), or to --bus ADDRESS.
        """;
}
