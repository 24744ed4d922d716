using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Daemon.Control;
using Fakecam.Daemon.Streaming;
using Fakecam.Daemon.Video;
using Fakecam.Interop;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Daemon.Bus;

/// <summary>
/// The org.fakecam.Fakecam1 interface at /org/fakecam/Fakecam1: properties read from
/// <see cref="FakecamControl"/>, methods that change it after polkit allowed the caller. Handlers run on the
/// bus thread, read their arguments there and do the rest on the thread pool, replying when done.
/// </summary>
public sealed class FakecamBusObject : IDisposable
{
    private readonly BusConnection _bus;
    private readonly FakecamControl _control;
    private readonly PolkitAuthority _authority;
    private readonly IDisposable _export;

    public FakecamBusObject(BusConnection bus, FakecamControl control, PolkitAuthority authority)
    {
        _bus = bus;
        _control = control;
        _authority = authority;
        _export = bus.Export(ObjectPath, BuildInterface());
        _control.PropertiesChanged += names => _ = _bus.EmitPropertiesChanged(ObjectPath, Interface, names);
    }

    private DBusInterface BuildInterface()
    {
        var api = new DBusInterface(Interface);
        AddProperties(api);

        Changing(api, Methods.Enable, _ => () => _control.SetEffect(true));
        Changing(api, Methods.Disable, _ => () => _control.SetEffect(false));
        Changing(api, Methods.Pause, _ => () => _control.SetPaused(true));
        Changing(api, Methods.Resume, _ => () => _control.SetPaused(false));
        Changing(api, Methods.SetBlur, args =>
        {
            double strength = args.ReadDouble();
            return () => _control.SetBlur(strength);
        });
        Changing(api, Methods.SetBackgroundImage, args =>
        {
            SafeFileDescriptor file = args.ReadHandle();
            string name = args.ReadString();
            return () =>
            {
                using (file)
                    _control.SetBackgroundImage(file, name);
            };
        });
        Changing(api, Methods.SetBackgroundVideo, args =>
        {
            args.ReadHandle().Dispose();
            return () => throw new DBusErrorException(Errors.UnsupportedFormat,
                "Video backgrounds are not supported yet; use an image (PNG, JPEG or WebP), a colour or blur.");
        });
        Changing(api, Methods.SetBackgroundColor, args =>
        {
            string rgb = args.ReadString();
            return () => _control.SetColor(rgb);
        });
        Changing(api, Methods.ClearBackground, _ => _control.ClearBackground);
        Changing(api, Methods.SetCamera, args =>
        {
            string id = args.ReadString();
            return () => _control.SetCamera(id);
        });
        Changing(api, Methods.SetResolution, args =>
        {
            uint width = args.ReadUInt32(), height = args.ReadUInt32(), fps = args.ReadUInt32();
            return () => _control.SetResolution(width, height, fps);
        });
        Changing(api, Methods.SetOptions, args =>
        {
            Dictionary<string, DBusVariant> options = args.ReadVariantDictionary();
            return () => _control.SetOptions(options);
        });

        Add(api, Methods.GetOptions, (ref MethodCall call) =>
            call.Reply(writer => writer.WriteVariantDictionary(_control.GetOptions())));
        Add(api, Methods.GetStatistics, (ref MethodCall call) =>
            call.Reply(writer => writer.WriteVariantDictionary(StatisticsReport.Create(_control.Statistics, _control.Status))));
        Add(api, Methods.ListCameras, (ref MethodCall call) =>
            call.ReplyWhenDone(Task.Run(_control.ListCameras), WriteCameras));
        Add(api, Methods.Snapshot, (ref MethodCall call) =>
        {
            SafeFileDescriptor file = call.Arguments.ReadHandle();
            call.ReplyWhenDone(WriteSnapshotAsync(file));
        });
        return api;
    }

    private void AddProperties(DBusInterface api)
    {
        api.AddProperty(Properties.Version, "s", w => w.WriteString(FakecamControl.Version), constant: true);
        api.AddProperty(Properties.State, "s", w => w.WriteString(ApiState()));
        api.AddProperty(Properties.EffectEnabled, "b", w => w.WriteBoolean(_control.State.EffectEnabled));
        api.AddProperty(Properties.Paused, "b", w => w.WriteBoolean(_control.State.Paused));
        api.AddProperty(Properties.BackgroundKind, "s", w => w.WriteString(_control.State.BackgroundKind));
        api.AddProperty(Properties.BackgroundName, "s", w => w.WriteString(_control.State.BackgroundName));
        api.AddProperty(Properties.BlurStrength, "d", w => w.WriteDouble(_control.State.BlurStrength));
        api.AddProperty(Properties.Camera, "s", w => w.WriteString(_control.State.Camera));
        api.AddProperty(Properties.VirtualDevice, "s", w => w.WriteString(_control.VirtualDevice));
        api.AddProperty(Properties.Resolution, "(uuu)", w =>
        {
            var state = _control.State;
            w.OpenStruct("uuu");
            w.WriteUInt32(state.Width);
            w.WriteUInt32(state.Height);
            w.WriteUInt32(state.Fps);
            w.CloseContainer();
        });
        api.AddProperty(Properties.Consumers, "u", w => w.WriteUInt32((uint)_control.Status.Consumers));
        api.AddProperty(Properties.Model, "s", w => w.WriteString(_control.ModelName));
    }

    private string ApiState() => _control.Status.State.ToApiName();

    private delegate Action ReadArguments(MessageReader arguments);

    /// <summary>The newest change; each change waits for the one before it. Only touched on the bus thread.</summary>
    private Task _lastChange = Task.CompletedTask;

    /// <summary>
    /// A method that changes something: arguments read now, polkit asked, then the change made and replied to.
    /// Changes take effect in the order they arrived, however long each takes (an image decodes slowly, a
    /// colour at once), so the last one sent is the one that stays.
    /// </summary>
    private void Changing(DBusInterface api, Method method, ReadArguments read) =>
        Add(api, method, (ref MethodCall call) =>
        {
            Action apply = read(call.Arguments);
            CallerCredentials caller = call.QueryCallerCredentials();
            string sender = call.Sender;
            string member = call.Member;
            bool interactive = call.AllowsInteractiveAuthorization;
            Task previous = _lastChange;
            _lastChange = Task.Run(async () =>
            {
                await _authority.CheckAsync(sender, caller, member, interactive).ConfigureAwait(false);
                await previous.ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
                apply();
            });
            call.ReplyWhenDone(_lastChange);
        });

    private static void Add(DBusInterface api, Method method, MethodHandler handler) =>
        api.AddMethod(method.Name, method.InSignature, method.OutSignature, method.InNames, method.OutNames, handler);

    private static void WriteCameras(MessageWriter writer, IReadOnlyList<CameraInfo> cameras)
    {
        writer.OpenArray("(sssa(uuu))");
        foreach (CameraInfo camera in cameras)
        {
            writer.OpenStruct("sssa(uuu)");
            writer.WriteString(camera.Id);
            writer.WriteString(camera.DeviceNode);
            writer.WriteString(camera.Card);
            writer.OpenArray("(uuu)");
            foreach (CameraMode mode in camera.Modes)
            {
                writer.OpenStruct("uuu");
                writer.WriteUInt32((uint)mode.Width);
                writer.WriteUInt32((uint)mode.Height);
                writer.WriteUInt32((uint)mode.Fps);
                writer.CloseContainer();
            }
            writer.CloseContainer();
            writer.CloseContainer();
        }
        writer.CloseContainer();
    }

    private async Task WriteSnapshotAsync(SafeFileDescriptor file)
    {
        using (file)
        {
            byte[] jpeg = await _control.SnapshotAsync().ConfigureAwait(false);
            try
            {
                for (int written = 0; written < jpeg.Length;)
                    written += Libc.Write(file, jpeg.AsSpan(written));
            }
            catch (NativeCallException e)
            {
                throw new DBusErrorException(Errors.InvalidArgument, $"The snapshot could not be written to the file passed: {e.Message}");
            }
        }
    }

    public void Dispose() => _export.Dispose();
}
