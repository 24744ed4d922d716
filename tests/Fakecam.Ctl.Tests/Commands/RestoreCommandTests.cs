using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests.Commands;

[Collection(ApiCollection.Name)]
public sealed class RestoreCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public void WithNothingSavedRestoreDoesNothingAndSucceeds()
    {
        CtlResult result = Run("restore");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Nothing to restore", result.Stdout);
        Assert.Empty(Api.Calls);
    }

    [Fact]
    public void RestoreAppliesTheSavedEffectAndBackgroundAgain()
    {
        string image = Path.Combine(Ctl.ConfigHome, "garden.webp");
        File.WriteAllText(image, "pretend WebP");
        Assert.Equal(0, Run("disable").ExitCode);
        Assert.Equal(0, Run("set-background", image).ExitCode);
        File.WriteAllText(image, "the picture as it is now");
        Api.Reset();

        CtlResult result = Run("restore");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([FakecamBus.Methods.Disable.Name, FakecamBus.Methods.SetBackgroundImage.Name], Api.Calls.Select(c => c.Method));
        Assert.Equal("garden.webp", Api.Calls[1].Arguments[1].AsString());
        Assert.Equal("the picture as it is now", Api.Calls[1].FileContent);
    }

    [Fact]
    public void RestoreOfBlurSendsTheSavedStrength()
    {
        Assert.Equal(0, Run("blur", "65%").ExitCode);
        Api.Reset();

        Assert.Equal(0, Run("restore").ExitCode);

        Assert.Equal(0.65, Assert.Single(Api.Calls, c => c.Method == FakecamBus.Methods.SetBlur.Name).Arguments[0].AsDouble(), 9);
    }

    [Fact]
    public void ASavedImageThatWasDeletedIsReportedByPath()
    {
        string image = Path.Combine(Ctl.ConfigHome, "old.jpg");
        File.WriteAllText(image, "x");
        Assert.Equal(0, Run("set-background", image).ExitCode);
        File.Delete(image);

        CtlResult result = Run("restore");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"File not found: {image}", result.Stderr);
    }

    [Fact]
    public void ADamagedSavedChoiceIsNamedAndSettingABackgroundReplacesIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Ctl.ChoicePath)!);
        File.WriteAllText(Ctl.ChoicePath, "{ not json");

        CtlResult broken = Run("restore");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"The saved choice in {Ctl.ChoicePath} is damaged", broken.Stderr);

        Assert.Equal(0, Run("set-background", "--none").ExitCode);
        Assert.Equal(0, Run("restore").ExitCode);
    }
}
