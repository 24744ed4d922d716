using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Cli;

/// <summary>Turns the failures a user can cause (bad input, missing files or libraries, bad options) into one clear line and exit code 1.</summary>
internal static class CommandErrors
{
    public static int Report(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException
                                      or UnauthorizedAccessException or KeyNotFoundException
                                      or BackgroundImageException or OnnxRuntimeException or OnnxRuntimeNotFoundException)
        {
            error.WriteLine($"fakecamd: {e.Message}");
            return DaemonCli.ExitFailed;
        }
    }
}
