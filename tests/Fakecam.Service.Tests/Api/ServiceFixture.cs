using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Daemon.Frames;
using Fakecam.Service.Tests.Fixtures;
using Fakecam.Service.Tests.Polkit;
using Fakecam.Tests.DBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>
/// One fakecamd shared by the API tests: on a private bus with a polkit double, a still photo of a person as
/// its camera (320×180 at 15 fps) and a Y4M file as its virtual camera.
/// </summary>
public sealed class ServiceFixture : IDisposable
{
    public ServiceFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("fakecam-service-").FullName;
        File.SetUnixFileMode(Directory, (UnixFileMode)0b111_101_101);
        PersonFrame = CameraFiles.Photo(CameraFiles.PersonPhoto);
        MovedFrame = CameraFiles.ShiftedLeft(PersonFrame, 100);
        Camera = CameraFiles.Write(PathOf("person.y4m"), 15, PersonFrame);
        MovingCamera = CameraFiles.Write(PathOf("moving.y4m"), 8, PersonFrame, MovedFrame);
        Output = new OutputVideo(PathOf("virtual-camera.y4m"));

        Bus = new PrivateBus();
        Polkit = new PolkitDouble(Bus.Address);
        Client = BusConnection.Connect(Bus.Address);
        Api = new BusProxy(Client, FakecamBus.BusName, FakecamBus.ObjectPath, FakecamBus.Interface);
        Daemon = new DaemonProcess(Bus.Address, PathOf("state"), Camera, Output.Path);
        Daemon.WaitUntilServing(Client);
        Api.CallAsync(FakecamBus.Methods.SetResolution.Name, w =>
        {
            w.WriteUInt32((uint)CameraFiles.Format.Width);
            w.WriteUInt32((uint)CameraFiles.Format.Height);
            w.WriteUInt32((uint)CameraFiles.Format.FpsNumerator);
        }).GetAwaiter().GetResult();
        DefaultOptions = Api.CallAsync(FakecamBus.Methods.GetOptions.Name, null, static r => r.ReadVariantDictionary()).GetAwaiter().GetResult();
        Output.NextFrames(after: 3);
    }

    public string Directory { get; }

    public PrivateBus Bus { get; }

    public PolkitDouble Polkit { get; }

    public BusConnection Client { get; }

    /// <summary>The service's interface, called as root (the test runs as root): never asks polkit.</summary>
    public BusProxy Api { get; }

    public DaemonProcess Daemon { get; }

    public OutputVideo Output { get; }

    /// <summary>The camera the daemon starts with: <see cref="PersonFrame"/> again and again.</summary>
    public string Camera { get; }

    /// <summary>Eight frames of <see cref="PersonFrame"/>, then eight of <see cref="MovedFrame"/>, in a loop.</summary>
    public string MovingCamera { get; }

    public VideoFrame PersonFrame { get; }

    /// <summary>The person moved 100 pixels to the left: where the background was, at x 20–100, the person is now.</summary>
    public VideoFrame MovedFrame { get; }

    public Dictionary<string, DBusVariant> DefaultOptions { get; }

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Back to the starting point: effect on, not paused, blur 0.5, the still camera, default options, polkit says yes.</summary>
    public void Reset()
    {
        Polkit.Reset();
        Call(FakecamBus.Methods.Enable.Name);
        Call(FakecamBus.Methods.Resume.Name);
        Call(FakecamBus.Methods.SetCamera.Name, w => w.WriteString(Camera));
        Call(FakecamBus.Methods.SetOptions.Name, w => w.WriteVariantDictionary(DefaultOptions));
        Call(FakecamBus.Methods.SetBlur.Name, w => w.WriteDouble(0.5));
    }

    public void Call(string method, MessageBodyWriter? arguments = null) => Api.CallAsync(method, arguments).GetAwaiter().GetResult();

    public void Dispose()
    {
        Daemon.Dispose();
        Client.Dispose();
        Polkit.Dispose();
        Bus.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "fakecamd on a private bus";
}
