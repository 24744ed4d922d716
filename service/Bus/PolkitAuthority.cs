using Fakecam.Api;
using Fakecam.DBus;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Bus;

/// <summary>
/// Asks polkit whether a caller may change Fakecam (action org.fakecam.Fakecam1.configure). The caller is
/// named to polkit by its unique bus name, so polkit takes its credentials from the bus, never from anything
/// the caller says; root is allowed without asking.
/// </summary>
public sealed partial class PolkitAuthority(BusConnection bus, ILogger<PolkitAuthority> logger)
{
    public const string BusName = "org.freedesktop.PolicyKit1";
    public const string ObjectPath = "/org/freedesktop/PolicyKit1/Authority";
    public const string Interface = "org.freedesktop.PolicyKit1.Authority";

    private const uint AllowUserInteraction = 1;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(25);

    /// <summary>Long enough for a person to type a password into the authentication agent.</summary>
    private static readonly TimeSpan s_interactiveTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Completes when allowed; throws NotAuthorized otherwise. With <paramref name="interactive"/> (the caller
    /// set the allow-interactive-authorization flag) polkit may ask the caller's agent for a password.
    /// </summary>
    public async Task CheckAsync(string sender, CallerCredentials caller, string member, bool interactive = false)
    {
        if (caller.EffectiveUserId == 0)
            return;
        bool allowed;
        try
        {
            allowed = await bus.CallAsync(BusName, ObjectPath, Interface, "CheckAuthorization",
                writer => WriteCheck(writer, sender, interactive), ReadAuthorized, interactive ? s_interactiveTimeout : s_timeout)
                .ConfigureAwait(false);
        }
        catch (DBusErrorException e)
        {
            LogPolkitFailed(member, caller.EffectiveUserId, caller.ProcessId, e.Message);
            throw new DBusErrorException(FakecamBus.Errors.NotAuthorized,
                $"Not allowed: polkit could not be asked ({e.Message}); only root may change Fakecam now.");
        }
        if (!allowed)
        {
            LogRefused(member, caller.EffectiveUserId, caller.ProcessId);
            throw new DBusErrorException(FakecamBus.Errors.NotAuthorized,
                $"Not allowed: changing Fakecam needs an active local session or administrator rights (polkit action {FakecamBus.ConfigureAction}).");
        }
    }

    /// <summary>CheckAuthorization((sa{sv}) subject, s action, a{ss} details, u flags, s cancellation id).</summary>
    private static void WriteCheck(MessageWriter writer, string sender, bool interactive)
    {
        writer.OpenStruct("sa{sv}");
        writer.WriteString("system-bus-name");
        writer.WriteVariantDictionary(new Dictionary<string, DBusVariant> { ["name"] = sender });
        writer.CloseContainer();
        writer.WriteString(FakecamBus.ConfigureAction);
        writer.OpenArray("{ss}");
        writer.CloseContainer();
        writer.WriteUInt32(interactive ? AllowUserInteraction : 0);
        writer.WriteString("");
    }

    /// <summary>The (bba{ss}) result: is_authorized, is_challenge, details.</summary>
    private static bool ReadAuthorized(MessageReader reader)
    {
        reader.EnterStruct("bba{ss}");
        bool authorized = reader.ReadBoolean();
        return authorized;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} from uid {Uid} (pid {Pid}): polkit said no")]
    private partial void LogRefused(string method, uint uid, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} from uid {Uid} (pid {Pid}): polkit could not be asked: {Reason}")]
    private partial void LogPolkitFailed(string method, uint uid, int pid, string reason);
}
