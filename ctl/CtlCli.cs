using System.CommandLine;
using System.CommandLine.Invocation;
using Fakecam.Ctl.Client;
using Fakecam.Ctl.Commands;
using Fakecam.DBus;

namespace Fakecam.Ctl;

/// <summary>fakecamctl's entry point: parses the arguments, runs the command, returns the exit code.</summary>
public static class CtlCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CtlContext(stdout, stderr, CtlContext.UserConfigHome()), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs one command line; <paramref name="cancellation"/> ends a command that runs until interrupted.</summary>
    public static async Task<int> RunAsync(string[] args, CtlContext context, CancellationToken cancellation)
    {
        var cli = new CtlCommandLine(context);
        ParseResult parsed = cli.Root.Parse(args);
        if (parsed.Action is ParseErrorAction)
            return ReportUsageErrors(parsed, context.Stderr);

        var invocation = new InvocationConfiguration
        {
            Output = context.Stdout,
            Error = context.Stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = context.OwnsProcess ? TimeSpan.FromSeconds(2) : null,
        };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellation);
        }
        catch (Exception e)
        {
            CommandFailedException failure = Translate(e);
            context.Stderr.WriteLine($"fakecamctl: {failure.Message}");
            return failure.ExitCode;
        }
    }

    private static CommandFailedException Translate(Exception e) => e switch
    {
        CommandFailedException failure => failure,
        DBusErrorException error => ServiceErrors.FromService(error),
        _ => CommandFailedException.Failed($"Unexpected error ({e.GetType().Name}): {e.Message}", e),
    };

    private static int ReportUsageErrors(ParseResult parsed, TextWriter stderr)
    {
        foreach (var error in parsed.Errors)
            stderr.WriteLine($"fakecamctl: {error.Message}");
        string command = parsed.CommandResult.Command == parsed.RootCommandResult.Command ? "" : parsed.CommandResult.Command.Name + " ";
        stderr.WriteLine($"Run 'fakecamctl {command}--help' for usage.");
        return ExitCodes.Usage;
    }
}
