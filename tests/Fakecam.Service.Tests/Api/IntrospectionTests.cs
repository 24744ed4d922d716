using System.Xml.Linq;
using Fakecam.Tests.DBus;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>The whole API as the standard tools see it: busctl (sd-bus) and gdbus (GLib).</summary>
public sealed class IntrospectionTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    [Fact]
    public void Busctl_introspect_lists_every_method_and_property_with_its_signature()
    {
        ToolResult result = Tool.Run("busctl", "--address=" + Fixture.Bus.Address, "introspect", BusName, ObjectPath);
        Assert.True(result.ExitCode == 0, result.Stderr);
        // ".SetBlur  method  d  -  -": name, kind, signature, result (or value), flags.
        var members = new Dictionary<string, string[]>();
        string? currentInterface = null;
        foreach (string line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            string[] columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[1] == "interface")
                currentInterface = columns[0];
            else if (currentInterface == Interface)
                members[columns[0].TrimStart('.')] = columns;
        }

        foreach (Method method in Methods.All)
        {
            Assert.True(members.TryGetValue(method.Name, out string[]? columns), $"{method.Name} missing:\n{result.Stdout}");
            Assert.Equal(("method", Dash(method.InSignature), Dash(method.OutSignature)), (columns[1], columns[2], columns[3]));
        }
        foreach ((string name, string signature) in Properties.All)
        {
            Assert.True(members.TryGetValue(name, out string[]? columns), $"{name} missing:\n{result.Stdout}");
            Assert.Equal(("property", signature), (columns[1], columns[2]));
        }
        Assert.Equal(Methods.All.Count + Properties.All.Count, members.Count);
        foreach (string standard in (string[])["org.freedesktop.DBus.Properties", "org.freedesktop.DBus.Introspectable", "org.freedesktop.DBus.Peer"])
            Assert.Contains(standard + " ", result.Stdout);
        Assert.Contains(".PropertiesChanged", result.Stdout);
    }

    [Fact]
    public void Gdbus_introspect_agrees()
    {
        ToolResult result = Tool.Run("gdbus", "introspect", "--address", Fixture.Bus.Address, "--dest", BusName,
            "--object-path", ObjectPath, "--xml");
        Assert.True(result.ExitCode == 0, result.Stderr);
        XElement api = XDocument.Parse(result.Stdout).Root!.Elements("interface").Single(i => (string?)i.Attribute("name") == Interface);

        foreach (Method method in Methods.All)
        {
            XElement element = api.Elements("method").Single(m => (string?)m.Attribute("name") == method.Name);
            Assert.Equal(method.InSignature, Arguments(element, "in"));
            Assert.Equal(method.OutSignature, Arguments(element, "out"));
            Assert.Equal(method.InNames, element.Elements("arg").Where(a => (string?)a.Attribute("direction") != "out").Select(a => (string)a.Attribute("name")!));
        }
        foreach ((string name, string signature) in Properties.All)
        {
            XElement element = api.Elements("property").Single(p => (string?)p.Attribute("name") == name);
            Assert.Equal(signature, (string?)element.Attribute("type"));
            Assert.Equal("read", (string?)element.Attribute("access"));
        }
        Assert.Equal(Methods.All.Count, api.Elements("method").Count());
        Assert.Equal(Properties.All.Count, api.Elements("property").Count());
    }

    private static string Dash(string signature) => signature.Length == 0 ? "-" : signature;

    private static string Arguments(XElement method, string direction) => string.Concat(method.Elements("arg")
        .Where(a => ((string?)a.Attribute("direction") ?? "in") == direction)
        .Select(a => (string)a.Attribute("type")!));
}
