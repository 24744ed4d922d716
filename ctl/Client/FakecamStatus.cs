using Fakecam.Api;
using Fakecam.DBus;

namespace Fakecam.Ctl.Client;

/// <summary>The service's properties at one moment.</summary>
public sealed record FakecamStatus(
    string Version,
    string State,
    bool EffectEnabled,
    bool Paused,
    string BackgroundKind,
    string BackgroundName,
    double BlurStrength,
    string Camera,
    string VirtualDevice,
    VideoMode Resolution,
    uint Consumers,
    string Model)
{
    /// <summary>Builds the status from Properties.GetAll; a property the service lacks reads as empty or zero.</summary>
    public static FakecamStatus FromProperties(IReadOnlyDictionary<string, DBusVariant> properties)
    {
        string Text(string name) => properties.TryGetValue(name, out DBusVariant? v) && v.Signature == "s" ? v.AsString() : "";
        bool Flag(string name) => properties.TryGetValue(name, out DBusVariant? v) && v.Signature == "b" && v.AsBoolean();
        uint Count(string name) => properties.TryGetValue(name, out DBusVariant? v) && v.Signature == "u" ? v.AsUInt32() : 0;
        double Number(string name) => properties.TryGetValue(name, out DBusVariant? v) && v.Signature == "d" ? v.AsDouble() : 0;

        var resolution = new VideoMode(0, 0, 0);
        if (properties.TryGetValue(FakecamBus.Properties.Resolution, out DBusVariant? size) && size.Signature == "(uuu)")
        {
            IReadOnlyList<DBusVariant> fields = size.AsList();
            resolution = new VideoMode(fields[0].AsUInt32(), fields[1].AsUInt32(), fields[2].AsUInt32());
        }

        return new FakecamStatus(
            Text(FakecamBus.Properties.Version),
            Text(FakecamBus.Properties.State),
            Flag(FakecamBus.Properties.EffectEnabled),
            Flag(FakecamBus.Properties.Paused),
            Text(FakecamBus.Properties.BackgroundKind),
            Text(FakecamBus.Properties.BackgroundName),
            Number(FakecamBus.Properties.BlurStrength),
            Text(FakecamBus.Properties.Camera),
            Text(FakecamBus.Properties.VirtualDevice),
            resolution,
            Count(FakecamBus.Properties.Consumers),
            Text(FakecamBus.Properties.Model));
    }
}
