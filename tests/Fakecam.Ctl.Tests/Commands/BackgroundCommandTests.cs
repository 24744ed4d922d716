using System.Text.Json;
using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests.Commands;

/// <summary>What set-background sends, and what it saves for the next login.</summary>
[Collection(ApiCollection.Name)]
public sealed class BackgroundCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    private readonly string _pictures = Directory.CreateTempSubdirectory("fakecamctl-pictures-").FullName;

    public override void Dispose()
    {
        Directory.Delete(_pictures, recursive: true);
        base.Dispose();
    }

    [Fact]
    public void AnImageIsOpenedByFakecamctlAndSentAsADescriptorWithItsNameOnly()
    {
        string image = Path.Combine(_pictures, "beach.jpg");
        File.WriteAllText(image, "pretend JPEG bytes");

        CtlResult result = Run("set-background", image);

        Assert.True(result.ExitCode == 0, result.ToString());
        ReceivedCall call = Assert.Single(Api.Calls);
        Assert.Equal(FakecamBus.Methods.SetBackgroundImage.Name, call.Method);
        Assert.Equal("h", call.Arguments[0].Signature);
        Assert.Equal("beach.jpg", call.Arguments[1].AsString());
        Assert.Equal("pretend JPEG bytes", call.FileContent);
    }

    [Theory]
    [InlineData("waves.mp4")]
    [InlineData("loop.WEBM")]
    [InlineData("cat.gif")]
    [InlineData("clip.mkv")]
    [InlineData("take.mov")]
    public void VideoFilesGoToSetBackgroundVideo(string name)
    {
        string video = Path.Combine(_pictures, name);
        File.WriteAllText(video, "pretend video");

        Assert.Equal(0, Run("set-background", video).ExitCode);

        ReceivedCall call = Assert.Single(Api.Calls);
        Assert.Equal(FakecamBus.Methods.SetBackgroundVideo.Name, call.Method);
        Assert.Equal(name, call.Arguments[1].AsString());
    }

    [Fact]
    public void AMissingFileIsReportedByPathAndNothingIsSent()
    {
        string missing = Path.Combine(_pictures, "gone.png");

        CtlResult result = Run("set-background", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"fakecamctl: File not found: {missing}\n", result.Stderr);
        Assert.Empty(Api.Calls);
        Assert.False(File.Exists(Ctl.ChoicePath));
    }

    [Fact]
    public void AFolderIsRefused()
    {
        CtlResult result = Run("set-background", _pictures);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{_pictures} is a folder; give an image or video file.", result.Stderr);
    }

    [Theory]
    [InlineData("--blur=0.3", 0.3)]
    [InlineData("--blur=30%", 0.3)]
    [InlineData("--blur", 0.8)]
    public void BlurSendsTheStrengthOrTheLastOneUsed(string option, double expected)
    {
        Api.Properties[FakecamBus.Properties.BlurStrength] = 0.8;

        Assert.Equal(0, Run("set-background", option).ExitCode);

        ReceivedCall call = Assert.Single(Api.Calls, c => c.Method == FakecamBus.Methods.SetBlur.Name);
        Assert.Equal(expected, call.Arguments[0].AsDouble(), 9);
    }

    [Fact]
    public void TheBlurShorthandDoesTheSame()
    {
        Assert.Equal(0, Run("blur", "0.25").ExitCode);

        Assert.Equal(0.25, Assert.Single(Api.Calls).Arguments[0].AsDouble());
    }

    [Fact]
    public void ColourAndNoneAreSent()
    {
        Assert.Equal(0, Run("set-background", "--color", "00B140").ExitCode);
        Assert.Equal(0, Run("set-background", "--none").ExitCode);

        Assert.Equal(
            [(FakecamBus.Methods.SetBackgroundColor.Name, "#00b140"), (FakecamBus.Methods.ClearBackground.Name, "")],
            Api.Calls.Select(c => (c.Method, c.Arguments.Count > 0 ? c.Arguments[0].AsString() : "")));
    }

    [Fact]
    public void TheLatestBackgroundAndEffectAreSavedForTheNextLogin()
    {
        string image = Path.Combine(_pictures, "office.png");
        File.WriteAllText(image, "pretend PNG");

        Assert.Equal(0, Run("disable").ExitCode);
        Assert.Equal(0, Run("set-background", "--color", "#123456").ExitCode);
        Assert.Equal(0, Run("set-background", image).ExitCode);

        using JsonDocument saved = JsonDocument.Parse(File.ReadAllText(Ctl.ChoicePath));
        Assert.False(saved.RootElement.GetProperty("effect_enabled").GetBoolean());
        JsonElement background = saved.RootElement.GetProperty("background");
        Assert.Equal("image", background.GetProperty("kind").GetString());
        Assert.Equal(image, background.GetProperty("path").GetString());
    }

    [Fact]
    public void ARefusedBackgroundIsNotSaved()
    {
        Api.Failure = (FakecamBus.Errors.UnsupportedFormat, "not an image");
        string text = Path.Combine(_pictures, "notes.txt");
        File.WriteAllText(text, "hello");

        CtlResult result = Run("set-background", text);

        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(Ctl.ChoicePath));
    }
}
