namespace Fakecam.Ctl.Tests;

/// <summary>
/// The fakecamctl program the process tests start: the Native AOT binary in $FAKECAM_BIN when the build
/// provides one (make test), else the JIT-compiled one built next to the tests.
/// </summary>
public static class CtlExecutable
{
    private static readonly string? Native = Environment.GetEnvironmentVariable("FAKECAM_BIN") is { Length: > 0 } bin
        && File.Exists(System.IO.Path.Combine(bin, "fakecamctl"))
            ? System.IO.Path.Combine(bin, "fakecamctl")
            : null;

    public static string Path => Native ?? System.IO.Path.Combine(AppContext.BaseDirectory, "fakecamctl");
}
