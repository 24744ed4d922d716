using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Fakecam.Ctl.Commands;

/// <summary>Prints fakecamctl's own version (not the host process's, which differs when it runs in-process).</summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public static string Version { get; } = ReadVersion();

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(Version);
        return ExitCodes.Ok;
    }

    private static string ReadVersion()
    {
        string informational = typeof(VersionAction).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        int sourceRevision = informational.IndexOf('+');
        return sourceRevision < 0 ? informational : informational[..sourceRevision];
    }
}
