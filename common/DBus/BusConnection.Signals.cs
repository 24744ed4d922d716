using System.Text;

namespace Fakecam.DBus;

public sealed partial class BusConnection
{
    /// <summary>
    /// Calls <paramref name="handler"/> (on the bus thread) for every signal matching the given fields
    /// (null = any) until the returned object is disposed. The sender may be a well-known name.
    /// </summary>
    public Task<IDisposable> SubscribeSignal(string? sender, string? path, string? @interface, string? member, SignalHandler handler)
    {
        string rule = MatchRule(sender, path, @interface, member);
        var subscription = new SignalSubscription(this, handler);
        return InvokeAsync<IDisposable>(() =>
        {
            subscription.Install(rule);
            return subscription;
        });
    }

    private static string MatchRule(string? sender, string? path, string? @interface, string? member)
    {
        var rule = new StringBuilder("type='signal'");
        Append(rule, "sender", sender);
        Append(rule, "path", path);
        Append(rule, "interface", @interface);
        Append(rule, "member", member);
        return rule.ToString();
    }

    private static void Append(StringBuilder rule, string key, string? value)
    {
        if (value == null)
            return;
        if (value.Contains('\''))
            throw new ArgumentException($"A match rule {key} cannot contain a quote: {value}", key);
        rule.Append(',').Append(key).Append("='").Append(value).Append('\'');
    }
}
