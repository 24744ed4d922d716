namespace Fakecam.Ctl.Tests.Commands;

/// <summary>Wrong command lines exit 2 with a message saying what is wrong, before anything is sent to a bus.</summary>
public sealed class UsageErrorTests : IDisposable
{
    // Nothing listens here: reaching the bus would exit 4, not 2.
    private const string NoBus = "unix:path=/nonexistent/fakecam-test-socket";

    private readonly CtlRun _ctl = new();

    public void Dispose() => _ctl.Dispose();

    [Theory]
    [InlineData("Give exactly one of: FILE, --blur[=S], --color '#rrggbb', --none.", "set-background")]
    [InlineData("Give exactly one of", "set-background", "beach.jpg", "--none")]
    [InlineData("Give exactly one of", "set-background", "--blur", "--color", "#000000")]
    [InlineData("Blur strength 1.5 is out of range; give 0.0–1.0 or a percentage like 50%.", "set-background", "--blur=1.5")]
    [InlineData("Blur strength \"lots\" is not a number", "set-background", "--blur", "lots")]
    [InlineData("Blur strength 120% is out of range", "blur", "120%")]
    [InlineData("Colour \"red\" is not of the form #rrggbb", "set-background", "--color", "red")]
    [InlineData("Resolution \"1280\" is not of the form WIDTHxHEIGHT or WIDTHxHEIGHT@FPS", "set-resolution", "1280")]
    [InlineData("Resolution \"1280x720@fast\" is not of the form", "set-resolution", "1280x720@fast")]
    [InlineData("Resolution \"0x720\" is not of the form", "set-resolution", "0x720")]
    [InlineData("Unknown option \"sharpness\". Valid keys: threshold, feather, dilation, smoothing, edge-refinement, model, mirror, fps-cap.", "options", "sharpness=2")]
    [InlineData("threshold: \"high\" is not a number.", "options", "threshold=high")]
    [InlineData("mirror: \"maybe\" is not a boolean (true/false, yes/no, on/off, 1/0).", "options", "mirror=maybe")]
    [InlineData("fps-cap: \"-5\" is not a whole number of 0 or more.", "options", "fps-cap=-5")]
    [InlineData("\"threshold\" is not KEY=VALUE.", "options", "threshold")]
    [InlineData("Snapshots are JPEG images: name the file .jpg (not .png).", "snapshot", "frame.png")]
    [InlineData("Argument 'sometimes' not recognized. Must be one of:", "autostart", "sometimes")]
    [InlineData("Required argument missing for command: 'set-camera'.", "set-camera")]
    [InlineData("Unrecognized command or argument 'frobnicate'.", "frobnicate")]
    [InlineData("--bus: \"session\" is not a D-Bus address; give one like unix:path=/run/dbus/system_bus_socket.", "status", "--bus", "session")]
    public void ABadCommandLineExitsTwoAndSaysWhatIsWrong(string message, params string[] args)
    {
        CtlResult result = _ctl.Run(args.Contains("--bus") ? args : [.. args, "--bus", NoBus]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Stderr);
        Assert.Contains("--help' for usage.", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
