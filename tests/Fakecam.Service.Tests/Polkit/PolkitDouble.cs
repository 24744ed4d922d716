using Fakecam.DBus;

namespace Fakecam.Service.Tests.Polkit;

/// <summary>What the service asked polkit: the subject's kind and details, and the action.</summary>
public sealed record AuthorizationQuestion(string SubjectKind, IReadOnlyDictionary<string, DBusVariant> SubjectDetails, string ActionId, uint Flags);

/// <summary>
/// Stands in for polkitd on the private bus: org.freedesktop.PolicyKit1 with the Authority object's
/// CheckAuthorization, recording each question and answering as the test decides.
/// </summary>
public sealed class PolkitDouble : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<AuthorizationQuestion> _questions = [];
    private readonly BusConnection _bus;
    private readonly IDisposable _export;
    private volatile bool _allow = true;

    public PolkitDouble(string busAddress)
    {
        _bus = BusConnection.Connect(busAddress);
        var authority = new DBusInterface("org.freedesktop.PolicyKit1.Authority");
        authority.AddMethod("CheckAuthorization", "(sa{sv})sa{ss}us", "(bba{ss})",
            ["subject", "action_id", "details", "flags", "cancellation_id"], ["result"], Answer);
        _export = _bus.Export("/org/freedesktop/PolicyKit1/Authority", authority);
        _bus.RequestName("org.freedesktop.PolicyKit1");
    }

    /// <summary>What CheckAuthorization answers from now on.</summary>
    public bool Allow
    {
        set => _allow = value;
    }

    public IReadOnlyList<AuthorizationQuestion> Questions
    {
        get
        {
            lock (_lock)
                return [.. _questions];
        }
    }

    public void Reset()
    {
        _allow = true;
        lock (_lock)
            _questions.Clear();
    }

    private void Answer(ref MethodCall call)
    {
        MessageReader arguments = call.Arguments;
        arguments.EnterStruct("sa{sv}");
        string kind = arguments.ReadString();
        Dictionary<string, DBusVariant> details = arguments.ReadVariantDictionary();
        arguments.ExitContainer();
        string action = arguments.ReadString();
        arguments.EnterArray("{ss}");
        while (!arguments.AtEndOfContainer)
        {
            arguments.EnterDictEntry("ss");
            arguments.ReadString();
            arguments.ReadString();
            arguments.ExitContainer();
        }
        arguments.ExitContainer();
        uint flags = arguments.ReadUInt32();
        lock (_lock)
            _questions.Add(new AuthorizationQuestion(kind, details, action, flags));
        bool allow = _allow;
        call.Reply(writer =>
        {
            writer.OpenStruct("bba{ss}");
            writer.WriteBoolean(allow);
            writer.WriteBoolean(false);
            writer.OpenArray("{ss}");
            writer.CloseContainer();
            writer.CloseContainer();
        });
    }

    public void Dispose()
    {
        _export.Dispose();
        _bus.Dispose();
    }
}
