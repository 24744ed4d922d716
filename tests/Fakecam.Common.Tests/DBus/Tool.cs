using System.Diagnostics;

namespace Fakecam.Tests.DBus;

public readonly record struct ToolResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs a command-line tool (busctl, gdbus, python3...) to look at the bus from outside.</summary>
public static class Tool
{
    public static ToolResult Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in 30 s.");
        }
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
