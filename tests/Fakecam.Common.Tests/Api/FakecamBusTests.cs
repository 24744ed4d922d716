using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Tests.DBus;

namespace Fakecam.Tests.Api;

/// <summary>The API tables describe an interface that exports as the specification's table says.</summary>
[Collection(BusCollection.Name)]
public sealed class FakecamBusTests(BusFixture fixture)
{
    [Fact]
    public void TheApiTablesExportWithTheSpecifiedSignatures()
    {
        var description = new DBusInterface(FakecamBus.Interface);
        foreach (FakecamBus.Method method in FakecamBus.Methods.All)
            description.AddMethod(method.Name, method.InSignature, method.OutSignature, method.InNames, method.OutNames,
                static (ref MethodCall call) => call.ReplyError(FakecamBus.Errors.Busy, "Not implemented by this test."));
        foreach ((string name, string signature) in FakecamBus.Properties.All)
        {
            DBusVariant placeholder = Placeholder(signature);
            description.AddProperty(name, signature, w => w.WriteValue(placeholder));
        }

        using BusConnection service = BusConnection.Connect(fixture.Bus.Address);
        using IDisposable exported = service.Export(FakecamBus.ObjectPath, description);
        service.RequestName(FakecamBus.BusName);

        ToolResult result = Tool.Run("busctl", "--address=" + fixture.Bus.Address, "introspect", "--no-pager",
            FakecamBus.BusName, FakecamBus.ObjectPath, FakecamBus.Interface);
        Assert.True(result.ExitCode == 0, result.Stderr);
        string[] rows = result.Stdout.Split('\n').Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToArray();

        Assert.Contains(".ListCameras method - a(sssa(uuu)) -", rows);
        Assert.Contains(".SetBackgroundImage method hs - -", rows);
        Assert.Contains(".SetOptions method a{sv} - -", rows);
        Assert.Contains(".GetStatistics method - a{sv} -", rows);
        Assert.Contains(".SetResolution method uuu - -", rows);
        Assert.Contains(".Snapshot method h - -", rows);
        Assert.Contains(".Enable method - - -", rows);
        Assert.Equal(16, rows.Count(row => row.Contains(" method ")));
        Assert.Equal(12, rows.Count(row => row.Contains(" property ")));
        Assert.Contains(rows, row => row.StartsWith(".Resolution property (uuu)", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith(".BlurStrength property d", StringComparison.Ordinal));
    }

    private static DBusVariant Placeholder(string signature) => signature switch
    {
        "s" => "",
        "b" => false,
        "d" => 0.0,
        "u" => 0u,
        "(uuu)" => DBusVariant.Struct(0u, 0u, 0u),
        _ => throw new ArgumentException($"No placeholder for \"{signature}\".", nameof(signature)),
    };

    [Fact]
    public void OptionKeysAreUniqueAndOfBasicTypes()
    {
        Assert.Equal(FakecamBus.Options.All.Count, FakecamBus.Options.All.Select(o => o.Key).Distinct().Count());
        Assert.All(FakecamBus.Options.All, option => DBusVariant.Parse(option.Signature, option.Signature == "b" ? "true" : "1"));
    }
}
