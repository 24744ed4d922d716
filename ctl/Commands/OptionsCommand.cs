using System.CommandLine;
using System.CommandLine.Parsing;
using Fakecam.Api;
using Fakecam.Ctl.Arguments;
using Fakecam.Ctl.Output;
using Fakecam.DBus;

namespace Fakecam.Ctl.Commands;

/// <summary><c>options</c> shows the tuning options; <c>options KEY=VALUE…</c> sets some of them.</summary>
internal static class OptionsCommand
{
    public static Command Create(CtlCommandLine cli)
    {
        var assignments = new Argument<List<KeyValuePair<string, DBusVariant>>>("KEY=VALUE")
        {
            Description = $"Options to set. Keys: {OptionAssignments.ValidKeys}",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = ParseAssignments,
        };
        var command = new Command("options", "Show the tuning options, or set some with KEY=VALUE (numbers use a dot, booleans true/false)")
        {
            assignments,
        };
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            List<KeyValuePair<string, DBusVariant>> changes = parsed.GetValue(assignments) ?? [];
            if (changes.Count > 0)
            {
                await client.SetOptionsAsync(changes);
                return ExitCodes.Ok;
            }
            List<KeyValuePair<string, DBusVariant>> options = InKnownOrder(await client.GetOptionsAsync());
            if (cli.WantsJson(parsed))
                JsonOutput.WriteObject(cli.Out, json => VariantJson.WriteProperties(json, options));
            else
                ValueText.WriteTable(cli.Out, options.Select(o => (o.Key, ValueText.Format(o.Value))).ToList());
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The API's options in the order it lists them, then any others the service adds, by name.</summary>
    private static List<KeyValuePair<string, DBusVariant>> InKnownOrder(Dictionary<string, DBusVariant> options)
    {
        var ordered = new List<KeyValuePair<string, DBusVariant>>();
        foreach ((string key, _) in FakecamBus.Options.All)
            if (options.Remove(key, out DBusVariant? value))
                ordered.Add(new(key, value));
        ordered.AddRange(options.OrderBy(o => o.Key, StringComparer.Ordinal));
        return ordered;
    }

    private static List<KeyValuePair<string, DBusVariant>> ParseAssignments(ArgumentResult result)
    {
        if (OptionAssignments.TryParse(result.Tokens.Select(t => t.Value), out var options, out string error))
            return options;
        result.AddError(error);
        return [];
    }
}
