using System.Text;
using Fakecam.Interop;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Hosting;

/// <summary>
/// Logs to the systemd journal: as structured entries (MESSAGE, PRIORITY, LOGGER and one field per message
/// template argument) when stderr is the journal's stream, otherwise as lines with the journal's
/// <c>&lt;N&gt;</c> priority prefix on stderr, which journald and a terminal both read well.
/// </summary>
public sealed class JournalLoggerProvider(TextWriter stderr, bool structured) : ILoggerProvider
{
    private readonly Lock _lock = new();

    /// <summary>Structured when JOURNAL_STREAM names the socket our stderr is connected to (systemd.exec(5)).</summary>
    public static JournalLoggerProvider ForCurrentProcess() =>
        new(Console.Error, StderrIsJournal(Environment.GetEnvironmentVariable("JOURNAL_STREAM"), ReadStderrLink()));

    internal static bool StderrIsJournal(string? journalStream, string? stderrLink)
    {
        if (string.IsNullOrEmpty(journalStream) || stderrLink is null)
            return false;
        int colon = journalStream.IndexOf(':');
        return colon > 0 && stderrLink == $"socket:[{journalStream[(colon + 1)..]}]";
    }

    private static string? ReadStderrLink()
    {
        try
        {
            return new FileInfo("/proc/self/fd/2").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public ILogger CreateLogger(string categoryName) => new JournalLogger(this, categoryName);

    public void Dispose()
    {
    }

    internal static int Priority(LogLevel level) => level switch
    {
        LogLevel.Critical => 2,
        LogLevel.Error => 3,
        LogLevel.Warning => 4,
        LogLevel.Information => 6,
        _ => 7,
    };

    /// <summary>Journal field names are upper-case letters, digits and underscores, not starting with a digit or underscore.</summary>
    internal static string FieldName(string key)
    {
        var name = new StringBuilder(key.Length + 8);
        foreach (char c in key)
        {
            if (char.IsAsciiLetterOrDigit(c))
                name.Append(char.ToUpperInvariant(c));
            else if (name.Length > 0)
                name.Append('_');
        }
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
            name.Insert(0, "FIELD_");
        return name.ToString();
    }

    internal static List<string> Fields(LogLevel level, string category, string message, object? state, Exception? exception)
    {
        var fields = new List<string>
        {
            $"MESSAGE={message}",
            $"PRIORITY={Priority(level)}",
            "SYSLOG_IDENTIFIER=fakecamd",
            $"LOGGER={category}",
        };
        if (state is IReadOnlyList<KeyValuePair<string, object?>> arguments)
        {
            foreach ((string key, object? value) in arguments)
            {
                if (key != "{OriginalFormat}")
                    fields.Add($"{FieldName(key)}={value}");
            }
        }
        if (exception is not null)
            fields.Add($"EXCEPTION={exception}");
        return fields;
    }

    private void Write(LogLevel level, string category, string message, object? state, Exception? exception)
    {
        if (structured && SendToJournal(Fields(level, category, message, state, exception)))
            return;
        string line = exception is null ? message : $"{message}: {exception.Message}";
        lock (_lock)
            stderr.WriteLine($"<{Priority(level)}>{category}: {line.ReplaceLineEndings(" ")}");
    }

    private static unsafe bool SendToJournal(List<string> fields)
    {
        var lengths = new int[fields.Count];
        int total = 0;
        for (int i = 0; i < fields.Count; i++)
            total += lengths[i] = Encoding.UTF8.GetByteCount(fields[i]);
        byte[] buffer = new byte[total];
        var vectors = new Systemd.IoVec[fields.Count];
        fixed (byte* start = buffer)
        {
            int offset = 0;
            for (int i = 0; i < fields.Count; i++)
            {
                Encoding.UTF8.GetBytes(fields[i], buffer.AsSpan(offset));
                vectors[i] = new Systemd.IoVec { Base = start + offset, Length = (nuint)lengths[i] };
                offset += lengths[i];
            }
            return Systemd.JournalSend(vectors);
        }
    }

    private sealed class JournalLogger(JournalLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                provider.Write(logLevel, category, formatter(state, exception), state, exception);
        }
    }
}
