namespace Fakecam.Ctl;

/// <summary>
/// Where fakecamctl writes, which per-user directory keeps the saved choice, and whether it owns the
/// process (then Ctrl-C and SIGTERM end a running command). The process uses the console and
/// <c>${XDG_CONFIG_HOME:-~/.config}</c>; tests give their own.
/// </summary>
public sealed record CtlContext(TextWriter Stdout, TextWriter Stderr, string ConfigHome, bool OwnsProcess = false)
{
    public static CtlContext FromProcess() => new(Console.Out, Console.Error, UserConfigHome(), OwnsProcess: true);

    /// <summary><c>$XDG_CONFIG_HOME</c> when it is an absolute path (as the XDG spec requires), else <c>~/.config</c>.</summary>
    public static string UserConfigHome()
    {
        string? configured = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (!string.IsNullOrEmpty(configured) && Path.IsPathRooted(configured))
            return configured;
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
    }
}
