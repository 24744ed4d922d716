using Fakecam.DBus;
using Fakecam.Interop;

namespace Fakecam.Tests.DBus;

/// <summary>
/// An object exported by a real connection, with a method of every shape the product API uses, a few
/// properties and a signal, so tests can poke it from inside and from outside.
/// </summary>
public sealed class TestService : IDisposable
{
    public const string Name = "org.fakecam.Test1";
    public const string ObjectPath = "/org/fakecam/Test1";
    public const string Interface = "org.fakecam.Test1";
    public const string CustomError = "org.fakecam.Test1.Error.Custom";

    private static readonly string[] BasicNames = ["y", "b", "n", "q", "i", "u", "x", "t", "d", "s", "o", "g"];

    private readonly IDisposable _exported;
    private int _counter;

    public TestService(string address, string name = Name)
    {
        Connection = BusConnection.Connect(address);
        var description = new DBusInterface(Interface)
            .AddMethod("Echo", "s", "s", ["text"], ["echoed"], static (ref MethodCall call) =>
            {
                string text = call.Arguments.ReadString();
                call.Reply(w => w.WriteString(text));
            })
            .AddMethod("Add", "ii", "i", ["a", "b"], ["sum"], static (ref MethodCall call) =>
            {
                MessageReader args = call.Arguments;
                int sum = args.ReadInt32() + args.ReadInt32();
                call.Reply(w => w.WriteInt32(sum));
            })
            .AddMethod("EchoBasics", "ybnqiuxtdsog", "ybnqiuxtdsog", BasicNames, BasicNames, EchoBasics)
            .AddMethod("ListCameras", "", "a(sssa(uuu))", [], ["cameras"], static (ref MethodCall call) => call.Reply(WriteCameras))
            .AddMethod("EchoOptions", "a{sv}", "a{sv}", ["options"], ["options"], static (ref MethodCall call) =>
            {
                Dictionary<string, DBusVariant> options = call.Arguments.ReadVariantDictionary();
                options["count"] = (uint)options.Count;
                call.Reply(w => w.WriteVariantDictionary(options));
            })
            .AddMethod("ReadFile", "h", "s", ["fd"], ["content"], static (ref MethodCall call) =>
            {
                using SafeFileDescriptor fd = call.Arguments.ReadHandle();
                string content = ReadAll(fd);
                call.Reply(w => w.WriteString(content));
            })
            .AddMethod("OpenFile", "s", "h", ["path"], ["fd"], static (ref MethodCall call) =>
            {
                using SafeFileDescriptor fd = Libc.Open(call.Arguments.ReadString(), Libc.O_RDONLY);
                call.Reply(w => w.WriteHandle(fd));
            })
            .AddMethod("Later", "su", "s", ["text", "delay_ms"], ["echoed"], static (ref MethodCall call) =>
            {
                MessageReader args = call.Arguments;
                string text = args.ReadString();
                uint delay = args.ReadUInt32();
                call.ReplyWhenDone(Task.Delay((int)delay).ContinueWith(_ => text), static (w, t) => w.WriteString(t));
            })
            .AddMethod("Never", "", "", [], [], (ref MethodCall call) => PendingForever.Add(call.Defer()))
            .AddMethod("Fail", "", "", [], [], static (ref MethodCall call) =>
                throw new DBusErrorException(CustomError, "The test object failed on purpose."))
            .AddMethod("Crash", "", "", [], [], static (ref MethodCall call) =>
                throw new InvalidOperationException("boom"))
            .AddMethod("BadReply", "", "o", [], ["path"], static (ref MethodCall call) =>
                call.Reply(w => w.WriteObjectPath("not an object path")))
            .AddMethod("Whoami", "", "iu", [], ["pid", "euid"], static (ref MethodCall call) =>
            {
                CallerCredentials caller = call.QueryCallerCredentials();
                call.Reply(w =>
                {
                    w.WriteInt32(caller.ProcessId);
                    w.WriteUInt32(caller.EffectiveUserId);
                });
            })
            .AddMethod("Bump", "", "", [], [], (ref MethodCall call) =>
            {
                uint value = (uint)Interlocked.Increment(ref _counter);
                Connection.EmitPropertiesChanged(ObjectPath, Interface, "Counter");
                Connection.EmitSignal(ObjectPath, Interface, "Bumped", w => w.WriteUInt32(value));
            })
            .AddProperty("Counter", "u", w => w.WriteUInt32((uint)Volatile.Read(ref _counter)))
            .AddProperty("Label", "s", static w => w.WriteString("test object"), constant: true)
            .AddProperty("Size", "(uuu)", static w =>
            {
                w.OpenStruct("uuu");
                w.WriteUInt32(1280);
                w.WriteUInt32(720);
                w.WriteUInt32(30);
                w.CloseContainer();
            })
            .AddSignal("Bumped", "u", ["counter"]);
        _exported = Connection.Export(ObjectPath, description);
        Connection.RequestName(name);
    }

    public BusConnection Connection { get; }

    /// <summary>Calls deferred by Never, kept so they stay unanswered.</summary>
    public List<DeferredReply> PendingForever { get; } = [];

    public void Dispose()
    {
        _exported.Dispose();
        Connection.Dispose();
    }

    private static void EchoBasics(ref MethodCall call)
    {
        MessageReader a = call.Arguments;
        (byte y, bool b, short n, ushort q, int i, uint u, long x, ulong t, double d, string s, string o, string g) =
            (a.ReadByte(), a.ReadBoolean(), a.ReadInt16(), a.ReadUInt16(), a.ReadInt32(), a.ReadUInt32(),
             a.ReadInt64(), a.ReadUInt64(), a.ReadDouble(), a.ReadString(), a.ReadObjectPath(), a.ReadSignature());
        call.Reply(w =>
        {
            w.WriteByte(y); w.WriteBoolean(b); w.WriteInt16(n); w.WriteUInt16(q); w.WriteInt32(i); w.WriteUInt32(u);
            w.WriteInt64(x); w.WriteUInt64(t); w.WriteDouble(d); w.WriteString(s); w.WriteObjectPath(o); w.WriteSignature(g);
        });
    }

    private static void WriteCameras(MessageWriter w)
    {
        w.OpenArray("(sssa(uuu))");
        foreach ((string id, string node, string card) in new[]
                 {
                     ("usb-Logitech_C920-video-index0", "/dev/video0", "HD Pro Webcam C920"),
                     ("pci-0000:00:14.0-usb-0:2:1.0-video-index0", "/dev/video2", "Integrated Camera"),
                 })
        {
            w.OpenStruct("sssa(uuu)");
            w.WriteString(id);
            w.WriteString(node);
            w.WriteString(card);
            w.OpenArray("(uuu)");
            foreach ((uint width, uint height, uint fps) in new[] { (1280u, 720u, 30u), (1920u, 1080u, 30u) })
            {
                w.OpenStruct("uuu");
                w.WriteUInt32(width);
                w.WriteUInt32(height);
                w.WriteUInt32(fps);
                w.CloseContainer();
            }
            w.CloseContainer();
            w.CloseContainer();
        }
        w.CloseContainer();
    }

    public static string ReadAll(SafeFileDescriptor fd)
    {
        var content = new MemoryStream();
        Span<byte> buffer = stackalloc byte[4096];
        int n;
        while ((n = Libc.Read(fd, buffer)) > 0)
            content.Write(buffer[..n]);
        return System.Text.Encoding.UTF8.GetString(content.ToArray());
    }
}
