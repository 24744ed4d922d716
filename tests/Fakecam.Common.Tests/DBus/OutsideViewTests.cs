namespace Fakecam.Tests.DBus;

/// <summary>The exported test object as standard tools see it: busctl (sd-bus), gdbus (GLib), python3-dbus (libdbus).</summary>
[Collection(BusCollection.Name)]
public sealed class OutsideViewTests(BusFixture fixture)
{
    private string Address => fixture.Bus.Address;

    [Fact]
    public void BusctlIntrospectListsEveryMemberWithItsSignatures()
    {
        ToolResult result = Tool.Run("busctl", "--address=" + Address, "introspect", "--no-pager", TestService.Name, TestService.ObjectPath);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = result.Stdout.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length >= 4)
            .ToDictionary(cells => cells[0]);

        Assert.Equal(new[] { "method", "ii", "i" }, rows[".Add"][1..4]);
        Assert.Equal(new[] { "method", "-", "a(sssa(uuu))" }, rows[".ListCameras"][1..4]);
        Assert.Equal(new[] { "method", "a{sv}", "a{sv}" }, rows[".EchoOptions"][1..4]);
        Assert.Equal(new[] { "method", "h", "s" }, rows[".ReadFile"][1..4]);
        Assert.Equal(new[] { "method", "ybnqiuxtdsog", "ybnqiuxtdsog" }, rows[".EchoBasics"][1..4]);
        Assert.Equal(new[] { "property", "u" }, rows[".Counter"][1..3]);
        Assert.Contains("emits-change", rows[".Counter"]);
        Assert.Equal(new[] { "property", "s", "\"test", "object\"", "const" }, rows[".Label"][1..]);
        Assert.Equal(new[] { "property", "(uuu)", "-", "emits-change" }, rows[".Size"][1..]);
        Assert.Equal(new[] { "signal", "u", "-" }, rows[".Bumped"][1..4]);
        foreach (string standard in new[] { "org.freedesktop.DBus.Properties", "org.freedesktop.DBus.Introspectable", "org.freedesktop.DBus.Peer", TestService.Interface })
            Assert.Equal("interface", rows[standard][1]);
        Assert.Equal("signal", rows[".PropertiesChanged"][1]);
    }

    [Fact]
    public void GdbusIntrospectShowsArgumentNamesAndPropertyValues()
    {
        ToolResult result = Tool.Run("gdbus", "introspect", "--address", Address, "--dest", TestService.Name, "--object-path", TestService.ObjectPath);
        Assert.True(result.ExitCode == 0, result.Stderr);
        string text = result.Stdout;
        Assert.Contains("in  i a", text);
        Assert.Contains("in  i b", text);
        Assert.Contains("out i sum", text);
        Assert.Contains("in  h fd", text);
        Assert.Contains("out a(sssa(uuu)) cameras", text);
        Assert.Contains("Bumped(u counter);", text);
        Assert.Contains("readonly s Label = 'test object';", text);
        Assert.Contains("readonly (uuu) Size = (1280, 720, 30);", text);
    }

    [Fact]
    public void BusctlCallsMethodsWithBasicAndDictionaryArguments()
    {
        ToolResult add = Tool.Run("busctl", "--address=" + Address, "call", TestService.Name, TestService.ObjectPath, TestService.Interface, "Add", "ii", "40", "2");
        Assert.True(add.ExitCode == 0, add.Stderr);
        Assert.Equal("i 42", add.Stdout.Trim());

        ToolResult options = Tool.Run("busctl", "--address=" + Address, "call", TestService.Name, TestService.ObjectPath, TestService.Interface,
            "EchoOptions", "a{sv}", "2", "threshold", "d", "0.5", "mirror", "b", "true");
        Assert.True(options.ExitCode == 0, options.Stderr);
        Assert.Contains("\"threshold\" d 0.5", options.Stdout);
        Assert.Contains("\"mirror\" b true", options.Stdout);
        Assert.Contains("\"count\" u 2", options.Stdout);

        ToolResult ping = Tool.Run("busctl", "--address=" + Address, "call", TestService.Name, TestService.ObjectPath, "org.freedesktop.DBus.Peer", "Ping");
        Assert.True(ping.ExitCode == 0, ping.Stderr);
    }

    [Fact]
    public void BusctlReadsPropertiesThroughTheStandardInterface()
    {
        ToolResult size = Tool.Run("busctl", "--address=" + Address, "get-property", TestService.Name, TestService.ObjectPath, TestService.Interface, "Size");
        Assert.True(size.ExitCode == 0, size.Stderr);
        Assert.Equal("(uuu) 1280 720 30", size.Stdout.Trim());
    }

    [Fact]
    public void GdbusCallGetsStructuredRepliesAndStandardErrors()
    {
        ToolResult cameras = Tool.Run("gdbus", "call", "--address", Address, "--dest", TestService.Name, "--object-path", TestService.ObjectPath,
            "--method", TestService.Interface + ".ListCameras");
        Assert.True(cameras.ExitCode == 0, cameras.Stderr);
        // GVariant text marks the first uint32s with their type; the values are what matters.
        Assert.Equal("([('usb-Logitech_C920-video-index0', '/dev/video0', 'HD Pro Webcam C920', [(1280, 720, 30), (1920, 1080, 30)]), "
            + "('pci-0000:00:14.0-usb-0:2:1.0-video-index0', '/dev/video2', 'Integrated Camera', [(1280, 720, 30), (1920, 1080, 30)])],)",
            cameras.Stdout.Trim().Replace("uint32 ", ""));

        // gdbus checks arguments against the introspection data itself; busctl sends whatever it is given.
        ToolResult wrongSignature = Tool.Run("busctl", "--address=" + Address, "call", TestService.Name, TestService.ObjectPath, TestService.Interface,
            "Add", "s", "forty");
        Assert.NotEqual(0, wrongSignature.ExitCode);
        Assert.Contains("Invalid arguments 's' to call org.fakecam.Test1.Add(), expecting 'ii'", wrongSignature.Stderr);

        ToolResult crash = Tool.Run("gdbus", "call", "--address", Address, "--dest", TestService.Name, "--object-path", TestService.ObjectPath,
            "--method", TestService.Interface + ".Crash");
        Assert.NotEqual(0, crash.ExitCode);
        Assert.Contains("org.freedesktop.DBus.Error.Failed: boom", crash.Stderr);
    }

    [Fact]
    public void PythonDbusPassesAFileDescriptor()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, "contents passed as an fd");
        try
        {
            ToolResult result = Tool.Run("/usr/bin/python3", "-c", """
                import sys, dbus
                bus = dbus.bus.BusConnection(sys.argv[1])
                proxy = bus.get_object(sys.argv[2], sys.argv[3])
                with open(sys.argv[5], 'rb') as f:
                    print(proxy.ReadFile(dbus.types.UnixFd(f), dbus_interface=sys.argv[4]))
                """, Address, TestService.Name, TestService.ObjectPath, TestService.Interface, file);
            Assert.True(result.ExitCode == 0, result.Stderr);
            Assert.Equal("contents passed as an fd", result.Stdout.Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AnUnprivilegedCallerMayCallMethods()
    {
        ToolResult result = Tool.Run("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            "busctl", "--address=" + Address, "call", TestService.Name, TestService.ObjectPath, TestService.Interface, "Whoami");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.EndsWith(" 65534", result.Stdout.Trim());
    }
}
