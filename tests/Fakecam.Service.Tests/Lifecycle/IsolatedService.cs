using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Service.Tests.Fixtures;
using Fakecam.Tests.DBus;

namespace Fakecam.Service.Tests.Lifecycle;

/// <summary>
/// A private bus and a state directory of its own, for tests that start, stop and restart fakecamd; the camera
/// is the still photo of a person.
/// </summary>
public sealed class IsolatedService : IDisposable
{
    private readonly List<DaemonProcess> _started = [];

    public IsolatedService()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("fakecam-lifecycle-").FullName;
        Camera = CameraFiles.Write(PathOf("person.y4m"), 15, CameraFiles.Photo(CameraFiles.PersonPhoto));
        Output = new OutputVideo(PathOf("virtual-camera.y4m"));
        Bus = new PrivateBus();
        Client = BusConnection.Connect(Bus.Address);
        Api = new BusProxy(Client, FakecamBus.BusName, FakecamBus.ObjectPath, FakecamBus.Interface);
    }

    public string Directory { get; }

    public string StateDirectory => PathOf("state");

    public string Camera { get; }

    public OutputVideo Output { get; }

    public PrivateBus Bus { get; }

    public BusConnection Client { get; }

    public BusProxy Api { get; }

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Starts fakecamd and, unless told otherwise, waits until it serves the API.</summary>
    public DaemonProcess Start(IReadOnlyDictionary<string, string>? environment = null, bool waitUntilServing = true)
    {
        var daemon = new DaemonProcess(Bus.Address, StateDirectory, Camera, Output.Path, environment);
        _started.Add(daemon);
        if (waitUntilServing)
            daemon.WaitUntilServing(Client);
        return daemon;
    }

    /// <summary>Sets the camera file's size, so the service streams it.</summary>
    public void StreamAtCameraSize() =>
        Call(FakecamBus.Methods.SetResolution.Name, w =>
        {
            w.WriteUInt32((uint)CameraFiles.Format.Width);
            w.WriteUInt32((uint)CameraFiles.Format.Height);
            w.WriteUInt32((uint)CameraFiles.Format.FpsNumerator);
        });

    public void Call(string method, MessageBodyWriter? arguments = null) => Api.CallAsync(method, arguments).GetAwaiter().GetResult();

    public Dictionary<string, DBusVariant> Properties() => Api.GetAllPropertiesAsync().GetAwaiter().GetResult();

    public Dictionary<string, DBusVariant> Options() =>
        Api.CallAsync(FakecamBus.Methods.GetOptions.Name, null, static r => r.ReadVariantDictionary()).GetAwaiter().GetResult();

    /// <summary>Waits for the State property to become <paramref name="state"/> (the frame thread sets it).</summary>
    public void WaitForState(string state)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string current;
        while ((current = Properties()[FakecamBus.Properties.State].AsString()) != state)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
                throw new TimeoutException($"State is still {current}, not {state}.");
            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        foreach (DaemonProcess daemon in _started)
            daemon.Dispose();
        Client.Dispose();
        Bus.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
