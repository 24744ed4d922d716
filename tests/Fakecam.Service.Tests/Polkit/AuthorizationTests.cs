using Fakecam.DBus;
using Fakecam.Daemon.Bus;
using Microsoft.Extensions.Logging.Abstractions;
using Fakecam.Service.Tests.Api;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Polkit;

/// <summary>
/// Changes by users other than root go through polkit (here a double on the private bus that records what it
/// was asked); reads never do.
/// </summary>
public sealed class AuthorizationTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    private static readonly string[] Changes =
    [
        "api.Enable()",
        "api.Disable()",
        "api.Pause()",
        "api.Resume()",
        "api.SetBlur(dbus.Double(0.25))",
        "api.SetBackgroundColor('#ff0000')",
        "api.SetBackgroundImage(dbus.types.UnixFd(open('/etc/hostname')), 'hostname.png')",
        "api.SetBackgroundVideo(dbus.types.UnixFd(open('/etc/hostname')), 'hostname.mp4')",
        "api.ClearBackground()",
        "api.SetCamera('/etc/hostname')",
        "api.SetResolution(dbus.UInt32(640), dbus.UInt32(480), dbus.UInt32(30))",
        "api.SetOptions(dbus.Dictionary({'mirror': True}, signature='sv'))",
    ];

    [Theory]
    [InlineData(true, 1u)]
    [InlineData(false, 0u)]
    public async Task Polkit_may_prompt_for_a_password_only_when_the_caller_said_it_can_answer(bool interactive, uint flags)
    {
        using BusConnection bus = BusConnection.Connect(Fixture.Bus.Address);
        var authority = new PolkitAuthority(bus, NullLogger<PolkitAuthority>.Instance);

        await authority.CheckAsync(bus.UniqueName, new CallerCredentials(Environment.ProcessId, 65534), Methods.SetBlur.Name, interactive);

        Assert.Equal(flags, Assert.Single(Fixture.Polkit.Questions).Flags);
    }

    [Fact]
    public void An_unprivileged_caller_may_change_things_when_polkit_says_yes()
    {
        CallerRun caller = UnprivilegedCaller.Run(Fixture.Bus.Address, "api.SetBlur(dbus.Double(0.25))");

        Assert.Equal(["ok"], caller.Results);
        Assert.Equal(0.25, Property(Properties.BlurStrength).AsDouble());
        AuthorizationQuestion question = Assert.Single(Fixture.Polkit.Questions);
        Assert.Equal(ConfigureAction, question.ActionId);
        Assert.Equal("system-bus-name", question.SubjectKind);
        Assert.Equal(caller.UniqueName, question.SubjectDetails["name"].AsString());
    }

    [Fact]
    public void Every_change_is_NotAuthorized_when_polkit_says_no_and_nothing_changes()
    {
        Fixture.Polkit.Allow = false;
        var before = AllProperties().Where(p => p.Key is not (Properties.State or Properties.Consumers))
            .ToDictionary(p => p.Key, p => p.Value.ToString());
        string options = string.Join(",", Call(Methods.GetOptions.Name, static r => r.ReadVariantDictionary()).Select(o => $"{o.Key}={o.Value}"));

        CallerRun caller = UnprivilegedCaller.Run(Fixture.Bus.Address, Changes);

        Assert.All(caller.Results, result => Assert.Equal(Errors.NotAuthorized, result));
        Assert.Equal(Changes.Length, Fixture.Polkit.Questions.Count);
        Assert.All(Fixture.Polkit.Questions, q => Assert.Equal(caller.UniqueName, q.SubjectDetails["name"].AsString()));
        var after = AllProperties().Where(p => p.Key is not (Properties.State or Properties.Consumers))
            .ToDictionary(p => p.Key, p => p.Value.ToString());
        Assert.Equal(before, after);
        Assert.Equal(options, string.Join(",", Call(Methods.GetOptions.Name, static r => r.ReadVariantDictionary()).Select(o => $"{o.Key}={o.Value}")));
        Assert.Contains(Fixture.Daemon.Log, line => line.StartsWith("<4>", StringComparison.Ordinal) && line.Contains("Refused SetBlur from uid 65534"));
    }

    [Fact]
    public void Reads_are_open_to_everyone_and_never_ask_polkit()
    {
        Fixture.Polkit.Allow = false;

        CallerRun caller = UnprivilegedCaller.Run(Fixture.Bus.Address,
            "props.Get('org.fakecam.Fakecam1', 'State')",
            "props.GetAll('org.fakecam.Fakecam1')",
            "api.GetStatistics()",
            "api.ListCameras()",
            "api.GetOptions()",
            "service.Introspect(dbus_interface='org.freedesktop.DBus.Introspectable')");

        Assert.All(caller.Results, result => Assert.Equal("ok", result));
        Assert.Empty(Fixture.Polkit.Questions);
    }

    [Fact]
    public void Root_is_allowed_without_asking_polkit()
    {
        Fixture.Polkit.Allow = false;

        Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#ff0000"));
        Call(Methods.Pause.Name);

        Assert.Equal("#ff0000", Property(Properties.BackgroundName).AsString());
        Assert.True(Property(Properties.Paused).AsBoolean());
        Assert.Empty(Fixture.Polkit.Questions);
    }
}
