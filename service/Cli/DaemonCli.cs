using System.CommandLine;

namespace Fakecam.Daemon.Cli;

/// <summary>The <c>fakecamd</c> command line: <c>run</c> (the service), <c>process</c> (a Y4M file) and <c>bench</c>.</summary>
public static class DaemonCli
{
    public const int ExitOk = 0;
    public const int ExitFailed = 1;
    public const int ExitUsage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Fakecam service: a virtual webcam with the background blurred or replaced.")
        {
            ProcessCommand.Create(output, error),
            BenchCommand.Create(output, error),
        };
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
                error.WriteLine($"fakecamd: {parseError.Message}");
            error.WriteLine("Try 'fakecamd --help'.");
            return ExitUsage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
