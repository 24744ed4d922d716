using Fakecam.DBus;

namespace Fakecam.Ctl.Client;

/// <summary>One camera the service can use, as ListCameras describes it.</summary>
public sealed record CameraInfo(string Id, string Device, string Name, IReadOnlyList<VideoMode> Modes)
{
    /// <summary>Reads ListCameras' <c>a(sssa(uuu))</c>.</summary>
    internal static IReadOnlyList<CameraInfo> ReadList(MessageReader reader)
    {
        var cameras = new List<CameraInfo>();
        reader.EnterArray("(sssa(uuu))");
        while (!reader.AtEndOfContainer)
        {
            reader.EnterStruct("sssa(uuu)");
            (string id, string device, string name) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
            var modes = new List<VideoMode>();
            reader.EnterArray("(uuu)");
            while (!reader.AtEndOfContainer)
            {
                reader.EnterStruct("uuu");
                modes.Add(new VideoMode(reader.ReadUInt32(), reader.ReadUInt32(), reader.ReadUInt32()));
                reader.ExitContainer();
            }
            reader.ExitContainer();
            reader.ExitContainer();
            cameras.Add(new CameraInfo(id, device, name, modes));
        }
        reader.ExitContainer();
        return cameras;
    }
}
