using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Interop;

namespace Fakecam.Ctl.Client;

/// <summary>
/// Typed calls to the Fakecam service's D-Bus API. Errors arrive as <see cref="DBusErrorException"/>;
/// <see cref="ServiceErrors"/> turns them into what fakecamctl tells the user.
/// </summary>
public sealed partial class FakecamClient : IDisposable
{
    private readonly BusConnection _connection;
    private readonly BusProxy _proxy;

    private FakecamClient(BusConnection connection)
    {
        _connection = connection;
        _proxy = new BusProxy(connection, FakecamBus.BusName, FakecamBus.ObjectPath, FakecamBus.Interface);
    }

    /// <summary>Connects to the bus at <paramref name="address"/>, or to the system bus when it is null.</summary>
    public static FakecamClient Connect(string? address)
    {
        try
        {
            return new FakecamClient(address is null ? BusConnection.ConnectSystem() : BusConnection.Connect(address));
        }
        catch (NativeCallException e)
        {
            throw ServiceErrors.FromConnect(address, e);
        }
    }

    public void Dispose() => _connection.Dispose();

    public async Task<FakecamStatus> GetStatusAsync() => FakecamStatus.FromProperties(await _proxy.GetAllPropertiesAsync());

    public Task EnableAsync() => CallAsync(FakecamBus.Methods.Enable);

    public Task DisableAsync() => CallAsync(FakecamBus.Methods.Disable);

    public Task PauseAsync() => CallAsync(FakecamBus.Methods.Pause);

    public Task ResumeAsync() => CallAsync(FakecamBus.Methods.Resume);

    public Task SetCameraAsync(string id) => CallAsync(FakecamBus.Methods.SetCamera, w => w.WriteString(id));

    public Task SetResolutionAsync(VideoMode mode) => CallAsync(FakecamBus.Methods.SetResolution, w =>
    {
        w.WriteUInt32(mode.Width);
        w.WriteUInt32(mode.Height);
        w.WriteUInt32(mode.Fps);
    });

    public Task<IReadOnlyList<CameraInfo>> ListCamerasAsync() =>
        _proxy.CallAsync(FakecamBus.Methods.ListCameras.Name, null, CameraInfo.ReadList);

    public Task<Dictionary<string, DBusVariant>> GetOptionsAsync() =>
        _proxy.CallAsync(FakecamBus.Methods.GetOptions.Name, null, static r => r.ReadVariantDictionary());

    public Task SetOptionsAsync(IReadOnlyList<KeyValuePair<string, DBusVariant>> options) =>
        CallAsync(FakecamBus.Methods.SetOptions, w => w.WriteVariantDictionary(options));

    public Task<Dictionary<string, DBusVariant>> GetStatisticsAsync() =>
        _proxy.CallAsync(FakecamBus.Methods.GetStatistics.Name, null, static r => r.ReadVariantDictionary());

    /// <summary>Asks the service to write the frame the virtual camera shows now into <paramref name="file"/>.</summary>
    public Task SnapshotAsync(Microsoft.Win32.SafeHandles.SafeFileHandle file) =>
        CallAsync(FakecamBus.Methods.Snapshot, w => w.WriteHandle(file));

    /// <summary>
    /// A call that may need polkit's consent: the caller's authentication agent may ask for a password, so
    /// the call says it may (allow-interactive-authorization) and waits long enough for a person.
    /// </summary>
    private Task CallAsync(FakecamBus.Method method, MessageBodyWriter? arguments = null) =>
        _proxy.CallAsync(method.Name, arguments, TimeSpan.FromMinutes(2), allowInteractiveAuthorization: true);
}
