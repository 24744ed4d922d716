using System.Text;

namespace Fakecam.Daemon.Tests.Cli;

public sealed class ProcessCommandErrorTests : IDisposable
{
    private readonly ProcessRun _run = new();

    private string File(string name, byte[] content)
    {
        string path = _run.PathOf(name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public static TheoryData<string, string> MalformedInputs => new()
    {
        { "RIFF....WAVEfmt \n", "Not a Y4M stream" },
        { "YUV4MPEG2 W641 H480 F30:1\n", "odd" },
        { "YUV4MPEG2 W640 H0 F30:1\n", "not a positive number" },
        { "YUV4MPEG2 W64 H48 F30:1 C444\n", "C444 is not supported" },
        { "YUV4MPEG2 W64 H48 F30:1\nFRAME\n" + new string('x', 100), "frame 1 is truncated" },
        { "", "empty" },
    };

    [Theory]
    [MemberData(nameof(MalformedInputs))]
    public void Malformed_input_is_a_clear_error_and_exit_code_1(string content, string message)
    {
        string input = File("bad.y4m", Encoding.ASCII.GetBytes(content));

        var (exit, _, error) = ProcessRun.Fakecamd("process", "--input", input, "--output", _run.PathOf("out.y4m"));

        Assert.Equal(1, exit);
        Assert.StartsWith("fakecamd: ", error);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Missing_input_file_names_the_path()
    {
        var (exit, _, error) = ProcessRun.Fakecamd("process", "--input", _run.PathOf("nope.y4m"), "--output", _run.PathOf("out.y4m"));
        Assert.Equal(1, exit);
        Assert.Contains("nope.y4m", error);
    }

    [Theory]
    [InlineData("--background", "sepia", "blur[=S], image=PATH, color=#rrggbb, none")]
    [InlineData("--background", "color=green", "#rrggbb")]
    [InlineData("--model", "huge", "No model named \"huge\"")]
    public void Bad_option_values_say_what_is_accepted(string option, string value, string message)
    {
        string input = _run.WriteY4m("in.y4m", Fakecam.Daemon.Frames.VideoFrame.Allocate(new(64, 48, 30, 1)), 1);
        var (exit, _, error) = ProcessRun.Fakecamd("process", "-i", input, "-o", _run.PathOf("out.y4m"), option, value);
        Assert.Equal(1, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_background_image_that_is_not_an_image_is_refused()
    {
        string input = _run.WriteY4m("in.y4m", Fakecam.Daemon.Frames.VideoFrame.Allocate(new(64, 48, 30, 1)), 1);
        string notAnImage = File("notes.jpg", Encoding.ASCII.GetBytes("just some text"));
        var (exit, _, error) = ProcessRun.Fakecamd("process", "-i", input, "-o", _run.PathOf("out.y4m"), "-b", $"image={notAnImage}");
        Assert.Equal(1, exit);
        Assert.Contains("PNG", error);
    }

    [Fact]
    public void Missing_required_options_are_a_usage_error()
    {
        var (exit, _, error) = ProcessRun.Fakecamd("process", "--input", "x.y4m");
        Assert.Equal(2, exit);
        Assert.Contains("--output", error);
    }

    public void Dispose() => _run.Dispose();
}
