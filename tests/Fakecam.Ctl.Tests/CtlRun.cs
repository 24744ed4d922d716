using Fakecam.Ctl;

namespace Fakecam.Ctl.Tests;

public readonly record struct CtlResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>Runs fakecamctl in-process, with its own config home, and captures what it prints.</summary>
public sealed class CtlRun : IDisposable
{
    public CtlRun() => ConfigHome = Directory.CreateTempSubdirectory("fakecamctl-config-").FullName;

    public string ConfigHome { get; }

    public string ChoicePath => Path.Combine(ConfigHome, "fakecam", "choice.json");

    public CtlResult Run(params string[] args) => RunAsync(CancellationToken.None, args).GetAwaiter().GetResult();

    public async Task<CtlResult> RunAsync(CancellationToken cancellation, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = await CtlCli.RunAsync(args, new CtlContext(stdout, stderr, ConfigHome), cancellation);
        return new CtlResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(ConfigHome, recursive: true);
}
