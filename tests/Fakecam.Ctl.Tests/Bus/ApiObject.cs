using System.Collections.Concurrent;
using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Interop;

namespace Fakecam.Ctl.Tests.Bus;

/// <summary>One method call the object received, with its arguments (a passed file as its content).</summary>
public sealed record ReceivedCall(string Method, IReadOnlyList<DBusVariant> Arguments, string? FileContent);

/// <summary>
/// An object exporting the Fakecam API interface (every property and method of <see cref="FakecamBus"/>)
/// with values the test sets, so fakecamctl's output can be checked against values read from a real bus.
/// It serves what it is given and records what it receives; the service's behaviour is tested against
/// fakecamd itself.
/// </summary>
public sealed class ApiObject : IDisposable
{
    private readonly IDisposable _exported;
    private readonly ConcurrentQueue<ReceivedCall> _calls = new();

    public ApiObject(string address)
    {
        Connection = BusConnection.Connect(address);
        var description = new DBusInterface(FakecamBus.Interface);
        foreach ((string name, string signature) in FakecamBus.Properties.All)
            description.AddProperty(name, signature, w => w.WriteValue(Properties[name]));
        foreach (FakecamBus.Method method in FakecamBus.Methods.All)
            description.AddMethod(method.Name, method.InSignature, method.OutSignature, method.InNames, method.OutNames,
                (ref MethodCall call) => Serve(ref call, method));
        _exported = Connection.Export(FakecamBus.ObjectPath, description);
        Connection.RequestName(FakecamBus.BusName);
        Reset();
    }

    public BusConnection Connection { get; }

    public ConcurrentDictionary<string, DBusVariant> Properties { get; } = new();

    public List<(string Id, string Device, string Name, (uint W, uint H, uint Fps)[] Modes)> Cameras { get; } = [];

    public Dictionary<string, DBusVariant> Options { get; } = [];

    public Dictionary<string, DBusVariant> Statistics { get; } = [];

    /// <summary>What Snapshot writes into the descriptor it is given.</summary>
    public byte[] SnapshotBytes { get; set; } = [];

    /// <summary>When set, every method call is answered with this error.</summary>
    public (string Name, string Message)? Failure { get; set; }

    public IReadOnlyList<ReceivedCall> Calls => _calls.ToArray();

    /// <summary>The values of a streaming service with blur on.</summary>
    public void Reset()
    {
        Properties[FakecamBus.Properties.Version] = "0.1.0";
        Properties[FakecamBus.Properties.State] = FakecamBus.States.Streaming;
        Properties[FakecamBus.Properties.EffectEnabled] = true;
        Properties[FakecamBus.Properties.Paused] = false;
        Properties[FakecamBus.Properties.BackgroundKind] = FakecamBus.BackgroundKinds.Blur;
        Properties[FakecamBus.Properties.BackgroundName] = "";
        Properties[FakecamBus.Properties.BlurStrength] = 0.5;
        Properties[FakecamBus.Properties.Camera] = "usb-Logitech_C920-video-index0";
        Properties[FakecamBus.Properties.VirtualDevice] = "/dev/video59";
        Properties[FakecamBus.Properties.Resolution] = DBusVariant.Struct(1280u, 720u, 30u);
        Properties[FakecamBus.Properties.Consumers] = 2u;
        Properties[FakecamBus.Properties.Model] = "landscape";
        Cameras.Clear();
        Cameras.Add(("usb-Logitech_C920-video-index0", "/dev/video0", "HD Pro Webcam C920", [(1280, 720, 30), (1920, 1080, 30)]));
        Cameras.Add(("pci-0000:00:14.0-usb-0:2:1.0-video-index0", "/dev/video2", "Integrated Camera", [(640, 480, 30)]));
        Options.Clear();
        Options[FakecamBus.Options.Threshold] = 0.6;
        Options[FakecamBus.Options.Smoothing] = 0.25;
        Options[FakecamBus.Options.EdgeRefinement] = true;
        Options[FakecamBus.Options.Model] = "landscape";
        Options[FakecamBus.Options.Mirror] = false;
        Options[FakecamBus.Options.FpsCap] = 30u;
        Statistics.Clear();
        Statistics["fps"] = 29.97;
        Statistics["frames"] = 1234ul;
        Statistics["dropped"] = 3ul;
        Statistics["inference-ms"] = DBusVariant.Dictionary([new("p50", 3.04), new("p99", 4.5)]);
        SnapshotBytes = [];
        Failure = null;
        _calls.Clear();
    }

    public void Dispose()
    {
        _exported.Dispose();
        Connection.Dispose();
    }

    private void Serve(ref MethodCall call, FakecamBus.Method method)
    {
        var arguments = new List<DBusVariant>();
        string? fileContent = null;
        MessageReader reader = call.Arguments;
        while (reader.PeekType(out _, out _))
        {
            DBusVariant argument = reader.ReadValue();
            if (argument.Value is SafeFileDescriptor fd)
                using (fd)
                    fileContent = UseDescriptor(method, fd);
            arguments.Add(argument);
        }
        _calls.Enqueue(new ReceivedCall(method.Name, arguments, fileContent));
        if (Failure is { } failure)
        {
            call.ReplyError(failure.Name, failure.Message);
            return;
        }
        if (method == FakecamBus.Methods.ListCameras)
            call.Reply(WriteCameras);
        else if (method == FakecamBus.Methods.GetOptions)
            call.Reply(w => w.WriteVariantDictionary(Options));
        else if (method == FakecamBus.Methods.GetStatistics)
            call.Reply(w => w.WriteVariantDictionary(Statistics));
    }

    /// <summary>Snapshot writes into the descriptor; the background methods read it.</summary>
    private string? UseDescriptor(FakecamBus.Method method, SafeFileDescriptor fd)
    {
        if (method != FakecamBus.Methods.Snapshot)
        {
            using var file = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(fd.DangerousGetHandle(), ownsHandle: false), FileAccess.Read);
            return new StreamReader(file).ReadToEnd();
        }
        ReadOnlySpan<byte> rest = SnapshotBytes;
        while (!rest.IsEmpty)
            rest = rest[Libc.Write(fd, rest)..];
        return null;
    }

    private void WriteCameras(MessageWriter w)
    {
        w.OpenArray("(sssa(uuu))");
        foreach ((string id, string device, string name, (uint W, uint H, uint Fps)[] modes) in Cameras)
        {
            w.OpenStruct("sssa(uuu)");
            w.WriteString(id);
            w.WriteString(device);
            w.WriteString(name);
            w.OpenArray("(uuu)");
            foreach ((uint width, uint height, uint fps) in modes)
                w.WriteValue(DBusVariant.Struct(width, height, fps));
            w.CloseContainer();
            w.CloseContainer();
        }
        w.CloseContainer();
    }
}
