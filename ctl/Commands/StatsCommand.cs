using System.CommandLine;
using Fakecam.Ctl.Output;
using Fakecam.DBus;

namespace Fakecam.Ctl.Commands;

/// <summary><c>stats [--watch]</c>: the service's statistics once, or every second until Ctrl-C.</summary>
internal static class StatsCommand
{
    private const string ClearScreen = "\e[H\e[2J";

    public static Command Create(CtlCommandLine cli)
    {
        var watch = new Option<bool>("--watch", "-w") { Description = "Refresh every second until Ctrl-C (with --json: one object per line)" };
        var command = new Command("stats", "Show frame rate, frame counts, per-stage timings (ms, p50/p99), latency and CPU use")
        {
            watch,
        };
        command.SetAction((parsed, cancellation) => cli.WithClientAsync(parsed, async client =>
        {
            bool json = cli.WantsJson(parsed);
            bool clear = !json && cli.Context.OwnsProcess && !Console.IsOutputRedirected;
            do
            {
                Dictionary<string, DBusVariant> statistics = await client.GetStatisticsAsync();
                if (json)
                    JsonOutput.WriteObject(cli.Out, j => VariantJson.WriteProperties(j, statistics));
                else
                    WriteText(cli.Out, statistics, parsed.GetValue(watch), clear);
                cli.Out.Flush();
                if (!parsed.GetValue(watch))
                    break;
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            while (!cancellation.IsCancellationRequested);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(TextWriter output, Dictionary<string, DBusVariant> statistics, bool watching, bool clear)
    {
        if (clear)
            output.Write(ClearScreen);
        if (watching)
            output.WriteLine($"Fakecam statistics at {DateTime.Now:HH:mm:ss} (Ctrl-C to stop)");
        if (statistics.Count == 0)
            output.WriteLine("No statistics yet: nothing has been streamed since Fakecam started.");
        ValueText.WriteTable(output, statistics.Select(s => (s.Key, ValueText.Format(s.Value))).ToList());
        if (watching && !clear)
            output.WriteLine();
    }
}
