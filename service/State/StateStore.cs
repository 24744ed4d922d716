using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.State;

/// <summary>
/// Reads and writes <see cref="ServiceState"/> and the copy of the background image in the state directory
/// (/var/lib/fakecam). Every write goes to a temporary file that is flushed and renamed over the old one, so
/// a crash or power loss leaves either the old or the new state, never half of one. A state file that cannot
/// be read is set aside (renamed with a .corrupt suffix) with a warning, and defaults are used.
/// </summary>
public sealed partial class StateStore(string directory, ILogger<StateStore> logger, TimeProvider? clock = null)
{
    public const string StateFileName = "state.json";
    public const string BackgroundFileName = "background";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string StatePath => Path.Combine(directory, StateFileName);

    public string BackgroundPath => Path.Combine(directory, BackgroundFileName);

    public ServiceState Load()
    {
        if (!File.Exists(StatePath))
            return new ServiceState();
        try
        {
            byte[] json = File.ReadAllBytes(StatePath);
            return JsonSerializer.Deserialize(json, StateJsonContext.Default.ServiceState)
                ?? throw new JsonException("the file holds null");
        }
        catch (JsonException e)
        {
            string setAside = $"{StatePath}.corrupt-{_clock.GetUtcNow():yyyyMMddTHHmmssZ}";
            File.Move(StatePath, setAside, overwrite: true);
            LogCorruptState(StatePath, setAside, e.Message);
            return new ServiceState();
        }
    }

    public void Save(ServiceState state) =>
        WriteAtomically(StatePath, JsonSerializer.SerializeToUtf8Bytes(state, StateJsonContext.Default.ServiceState));

    /// <summary>Keeps the (already validated) bytes of the user's background image.</summary>
    public void SaveBackground(ReadOnlySpan<byte> image) => WriteAtomically(BackgroundPath, image);

    /// <summary>The saved background image, or null when there is none.</summary>
    public byte[]? LoadBackground() => File.Exists(BackgroundPath) ? File.ReadAllBytes(BackgroundPath) : null;

    private static void WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        string temporary = path + ".new";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(content);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "State file {StateFile} could not be read ({Reason}); it was moved to {SetAside} and defaults are used")]
    private partial void LogCorruptState(string stateFile, string setAside, string reason);
}
