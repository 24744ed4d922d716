using Fakecam.Daemon.Hosting;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Tests.Hosting;

public class JournalLoggerProviderTests
{
    [Fact]
    public void Lines_on_stderr_carry_the_journal_priority_prefix()
    {
        var stderr = new StringWriter();
        using var provider = new JournalLoggerProvider(stderr, structured: false);
        ILogger logger = provider.CreateLogger("Fakecam.Camera");

        logger.LogWarning("Camera {Camera} unplugged", "usb-Logitech_C920");
        logger.LogError(new IOException("No such device"), "Loopback {Device} missing\nretrying", "/dev/video10");

        Assert.Equal(
            "<4>Fakecam.Camera: Camera usb-Logitech_C920 unplugged\n" +
            "<3>Fakecam.Camera: Loopback /dev/video10 missing retrying: No such device\n",
            stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Structured_entries_have_one_field_per_template_argument()
    {
        var state = new List<KeyValuePair<string, object?>>
        {
            new("Camera", "usb-Logitech_C920"),
            new("frame.count", 42),
            new("{OriginalFormat}", "Camera {Camera} after {frame.count} frames"),
        };

        List<string> fields = JournalLoggerProvider.Fields(
            LogLevel.Information, "Fakecam.Camera", "Camera usb-Logitech_C920 after 42 frames", state, null);

        Assert.Equal(
            [
                "MESSAGE=Camera usb-Logitech_C920 after 42 frames", "PRIORITY=6", "SYSLOG_IDENTIFIER=fakecamd",
                "LOGGER=Fakecam.Camera", "CAMERA=usb-Logitech_C920", "FRAME_COUNT=42",
            ],
            fields);
    }

    [Theory]
    [InlineData("8:12345", "socket:[12345]", true)]
    [InlineData("8:12345", "socket:[99]", false)]
    [InlineData("8:12345", "/dev/pts/0", false)]
    [InlineData(null, "socket:[12345]", false)]
    public void Structured_logging_only_when_stderr_is_the_journal_stream(string? journalStream, string link, bool expected) =>
        Assert.Equal(expected, JournalLoggerProvider.StderrIsJournal(journalStream, link));
}
