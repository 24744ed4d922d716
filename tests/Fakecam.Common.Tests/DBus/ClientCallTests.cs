using Fakecam.DBus;
using Fakecam.Interop;

namespace Fakecam.Tests.DBus;

/// <summary>The binding's own client calling the exported test object through dbus-daemon.</summary>
[Collection(BusCollection.Name)]
public sealed class ClientCallTests(BusFixture fixture) : IDisposable
{
    private readonly BusConnection _client = BusConnection.Connect(fixture.Bus.Address);

    private BusProxy Proxy => new(_client, TestService.Name, TestService.ObjectPath, TestService.Interface);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task EveryBasicTypeRoundTrips()
    {
        var sent = ((byte)255, true, short.MinValue, ushort.MaxValue, int.MinValue, uint.MaxValue, long.MinValue, ulong.MaxValue,
            -1.5e300, "grüße, 世界", "/org/fakecam/Some/Path", "a(sssa(uuu))");
        var received = await Proxy.CallAsync("EchoBasics", w =>
        {
            w.WriteByte(sent.Item1); w.WriteBoolean(sent.Item2); w.WriteInt16(sent.Item3); w.WriteUInt16(sent.Item4);
            w.WriteInt32(sent.Item5); w.WriteUInt32(sent.Item6); w.WriteInt64(sent.Item7); w.WriteUInt64(sent.Item8);
            w.WriteDouble(sent.Item9); w.WriteString(sent.Item10); w.WriteObjectPath(sent.Item11); w.WriteSignature(sent.Item12);
        }, r => (r.ReadByte(), r.ReadBoolean(), r.ReadInt16(), r.ReadUInt16(), r.ReadInt32(), r.ReadUInt32(), r.ReadInt64(),
            r.ReadUInt64(), r.ReadDouble(), r.ReadString(), r.ReadObjectPath(), r.ReadSignature()));
        Assert.Equal(sent, received);
    }

    [Fact]
    public async Task NestedArraysOfStructsAreRead()
    {
        var cameras = await Proxy.CallAsync("ListCameras", null, r =>
        {
            var list = new List<(string Id, string Node, string Card, List<(uint, uint, uint)> Modes)>();
            r.EnterArray("(sssa(uuu))");
            while (!r.AtEndOfContainer)
            {
                r.EnterStruct("sssa(uuu)");
                (string id, string node, string card) = (r.ReadString(), r.ReadString(), r.ReadString());
                var modes = new List<(uint, uint, uint)>();
                r.EnterArray("(uuu)");
                while (!r.AtEndOfContainer)
                {
                    r.EnterStruct("uuu");
                    modes.Add((r.ReadUInt32(), r.ReadUInt32(), r.ReadUInt32()));
                    r.ExitContainer();
                }
                r.ExitContainer();
                r.ExitContainer();
                list.Add((id, node, card, modes));
            }
            r.ExitContainer();
            return list;
        });
        Assert.Equal(2, cameras.Count);
        Assert.Equal("/dev/video2", cameras[1].Node);
        Assert.Equal("Integrated Camera", cameras[1].Card);
        Assert.Equal([(1280u, 720u, 30u), (1920u, 1080u, 30u)], cameras[0].Modes);
    }

    [Fact]
    public async Task VariantDictionariesRoundTripWithTheirTypes()
    {
        var options = new Dictionary<string, DBusVariant>
        {
            ["threshold"] = 0.625,
            ["mirror"] = true,
            ["model"] = "landscape",
            ["fps-cap"] = 30u,
            ["resolution"] = DBusVariant.Struct(1280u, 720u, 30u),
            ["tags"] = DBusVariant.Array("s", ["a", "b"]),
        };
        Dictionary<string, DBusVariant> echoed = await Proxy.CallAsync("EchoOptions",
            w => w.WriteVariantDictionary(options), r => r.ReadVariantDictionary());

        Assert.Equal(0.625, echoed["threshold"].AsDouble());
        Assert.True(echoed["mirror"].AsBoolean());
        Assert.Equal("landscape", echoed["model"].AsString());
        Assert.Equal(30u, echoed["fps-cap"].AsUInt32());
        Assert.Equal("(uuu)", echoed["resolution"].Signature);
        Assert.Equal(720u, echoed["resolution"].AsList()[1].AsUInt32());
        Assert.Equal("[a, b]", echoed["tags"].ToString());
        Assert.Equal(6u, echoed["count"].AsUInt32());
        Assert.Throws<InvalidCastException>(() => echoed["threshold"].AsUInt32());
    }

    [Fact]
    public async Task AFileDescriptorPassesBothWays()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, "sent by the client");
        try
        {
            using (SafeFileDescriptor fd = Libc.Open(file, Libc.O_RDONLY))
            {
                string content = await Proxy.CallAsync("ReadFile", w => w.WriteHandle(fd), r => r.ReadString());
                Assert.Equal("sent by the client", content);
                Assert.False(fd.IsClosed);
            }

            using SafeFileDescriptor received = await Proxy.CallAsync("OpenFile", w => w.WriteString(file), r => r.ReadHandle());
            Assert.Equal("sent by the client", TestService.ReadAll(received));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ADeferredReplyArrivesLaterWithoutBlockingOtherCalls()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        Task<string> slow = Proxy.CallAsync("Later", w =>
        {
            w.WriteString("eventually");
            w.WriteUInt32(300);
        }, r => r.ReadString());

        string quick = await Proxy.CallAsync("Echo", w => w.WriteString("meanwhile"), r => r.ReadString());
        Assert.Equal("meanwhile", quick);
        Assert.False(slow.IsCompleted);

        Assert.Equal("eventually", await slow);
        Assert.True(started.ElapsedMilliseconds >= 290, $"replied after {started.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task UnknownMethodAndWrongSignatureGetTheStandardErrors()
    {
        var unknown = await Assert.ThrowsAsync<DBusErrorException>(() => Proxy.CallAsync("NoSuchMethod"));
        Assert.Equal(DBusErrorNames.UnknownMethod, unknown.ErrorName);

        var wrong = await Assert.ThrowsAsync<DBusErrorException>(() => Proxy.CallAsync("Add", w => w.WriteString("forty")));
        Assert.Equal(DBusErrorNames.InvalidArgs, wrong.ErrorName);

        var noObject = await Assert.ThrowsAsync<DBusErrorException>(() =>
            _client.CallAsync(TestService.Name, "/nowhere", TestService.Interface, "Echo", w => w.WriteString("x")));
        Assert.Equal(DBusErrorNames.UnknownObject, noObject.ErrorName);

        var noService = await Assert.ThrowsAsync<DBusErrorException>(() =>
            _client.CallAsync("org.fakecam.Nobody", TestService.ObjectPath, TestService.Interface, "Echo", w => w.WriteString("x")));
        Assert.Equal(DBusErrorNames.ServiceUnknown, noService.ErrorName);
    }

    [Fact]
    public async Task HandlerExceptionsBecomeErrorRepliesAndTheServiceKeepsServing()
    {
        var custom = await Assert.ThrowsAsync<DBusErrorException>(() => Proxy.CallAsync("Fail"));
        Assert.Equal(TestService.CustomError, custom.ErrorName);
        Assert.Equal("The test object failed on purpose.", custom.Message);

        var crash = await Assert.ThrowsAsync<DBusErrorException>(() => Proxy.CallAsync("Crash"));
        Assert.Equal(DBusErrorNames.Failed, crash.ErrorName);
        Assert.Equal("boom", crash.Message);

        Assert.Equal(5, await Proxy.CallAsync("Add", w =>
        {
            w.WriteInt32(2);
            w.WriteInt32(3);
        }, r => r.ReadInt32()));
    }

    [Fact]
    public async Task AFailedAppendIsNeverSent()
    {
        var invalid = await Assert.ThrowsAsync<NativeCallException>(() =>
            Proxy.CallAsync("Echo", w => w.WriteObjectPath("not a path"), r => r.ReadString()));
        Assert.Contains("append_basic", invalid.Message);
        Assert.Equal("still connected", await Proxy.CallAsync("Echo", w => w.WriteString("still connected"), r => r.ReadString()));
    }

    [Fact]
    public async Task AReplyThatCannotBeBuiltBecomesAnErrorReply()
    {
        var error = await Assert.ThrowsAsync<DBusErrorException>(() => Proxy.CallAsync("BadReply", null, r => r.ReadObjectPath()));
        Assert.Equal(DBusErrorNames.Failed, error.ErrorName);
        Assert.Contains("append_basic 'o'", error.Message);
        Assert.Equal("still serving", await Proxy.CallAsync("Echo", w => w.WriteString("still serving"), r => r.ReadString()));
    }

    [Fact]
    public async Task ACallTimesOutWithNoReply()
    {
        var timedOut = await Assert.ThrowsAsync<DBusErrorException>(() => Proxy.CallAsync("Never", timeout: TimeSpan.FromMilliseconds(200)));
        Assert.Equal(DBusErrorNames.NoReply, timedOut.ErrorName);
    }

    [Fact]
    public async Task TheServiceSeesTheCallersProcessAndUser()
    {
        (int pid, uint euid) = await Proxy.CallAsync("Whoami", null, r => (r.ReadInt32(), r.ReadUInt32()));
        Assert.Equal(Environment.ProcessId, pid);
        Assert.Equal(uint.Parse(Tool.Run("id", "-u").Stdout.Trim()), euid);
    }

    [Fact]
    public async Task PropertiesAreReadThroughGetAndGetAll()
    {
        Dictionary<string, DBusVariant> all = await Proxy.GetAllPropertiesAsync();
        Assert.Equal("test object", all["Label"].AsString());
        Assert.Equal("(uuu)", all["Size"].Signature);
        Assert.Equal("u", all["Counter"].Signature);

        DBusVariant size = await Proxy.GetPropertyAsync("Size");
        Assert.Equal("(1280, 720, 30)", size.ToString());

        var unknown = await Assert.ThrowsAsync<DBusErrorException>(() => Proxy.GetPropertyAsync("Nope"));
        Assert.Equal(DBusErrorNames.UnknownProperty, unknown.ErrorName);
    }

    [Fact]
    public async Task PropertiesChangedAndSignalsReachSubscribers()
    {
        var changed = new TaskCompletionSource<uint>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bumped = new TaskCompletionSource<uint>(TaskCreationOptions.RunContinuationsAsynchronously);
        using IDisposable watch = await Proxy.WatchPropertiesAsync((values, _) =>
        {
            if (values.TryGetValue("Counter", out DBusVariant? counter))
                changed.TrySetResult(counter.AsUInt32());
        });
        using IDisposable signal = await Proxy.SubscribeSignalAsync("Bumped", r => bumped.TrySetResult(r.ReadUInt32()));

        uint before = (await Proxy.GetPropertyAsync("Counter")).AsUInt32();
        await Proxy.CallAsync("Bump");

        Assert.Equal(before + 1, await changed.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(before + 1, await bumped.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheAllowInteractiveAuthorizationFlagReachesTheService(bool allow)
    {
        using BusConnection service = BusConnection.Connect(fixture.Bus.Address);
        using IDisposable export = service.Export("/org/fakecam/Test/Interactive", new DBusInterface("org.fakecam.Test.Interactive")
            .AddMethod("Allowed", "", "b", [], ["allowed"], static (ref MethodCall call) =>
            {
                bool allowed = call.AllowsInteractiveAuthorization;
                call.Reply(w => w.WriteBoolean(allowed));
            }));

        bool seen = await _client.CallAsync(service.UniqueName, "/org/fakecam/Test/Interactive", "org.fakecam.Test.Interactive",
            "Allowed", null, static r => r.ReadBoolean(), allowInteractiveAuthorization: allow);

        Assert.Equal(allow, seen);
    }
}
