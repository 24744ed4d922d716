namespace Fakecam.Ctl;

/// <summary>A command could not do its work; the message says what went wrong and what to do.</summary>
public sealed class CommandFailedException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static CommandFailedException Usage(string message) => new(ExitCodes.Usage, message);

    public static CommandFailedException Failed(string message, Exception? inner = null) => new(ExitCodes.Failed, message, inner);
}
