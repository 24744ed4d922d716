using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.Win32.SafeHandles;

namespace Fakecam.Ctl.Commands;

/// <summary>
/// <c>snapshot FILE</c>: fakecamctl creates the file (as the user) and the service writes the frame the
/// virtual camera shows now into it, as a JPEG. The frame goes to a temporary file next to FILE that
/// replaces FILE only when complete, so a failed snapshot leaves FILE as it was.
/// </summary>
internal static class SnapshotCommand
{
    private static readonly string[] JpegExtensions = [".jpg", ".jpeg", ".jpe"];

    public static Command Create(CtlCommandLine cli)
    {
        var file = new Argument<string>("FILE") { Description = "Where to save the JPEG image (.jpg, .jpeg, or no extension)" };
        file.Validators.Add(CheckExtension);
        var command = new Command("snapshot", "Save what apps see from the virtual camera right now as a JPEG image") { file };
        command.SetAction((parsed, _) => cli.WithClientAsync(parsed, async client =>
        {
            string path = Path.GetFullPath(parsed.GetValue(file)!);
            string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.part");
            SafeFileHandle handle = CreateFile(temporary, path);
            try
            {
                using (handle)
                {
                    await client.SnapshotAsync(handle);
                    if (RandomAccess.GetLength(handle) == 0)
                        throw CommandFailedException.Failed("Fakecam wrote an empty snapshot. See: journalctl -u fakecamd");
                }
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static SafeFileHandle CreateFile(string temporary, string path)
    {
        try
        {
            return File.OpenHandle(temporary, FileMode.Create, FileAccess.Write);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException or IOException)
        {
            throw CommandFailedException.Failed($"Cannot create {path}: {e.Message}", e);
        }
    }

    private static void CheckExtension(ArgumentResult result)
    {
        string extension = Path.GetExtension(result.Tokens[0].Value);
        if (extension.Length > 0 && !JpegExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            result.AddError($"Snapshots are JPEG images: name the file .jpg (not {extension}).");
    }
}
