using System.Text.Json;
using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests.Commands;

[Collection(ApiCollection.Name)]
public sealed class EffectCommandsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("enable", "Enable")]
    [InlineData("disable", "Disable")]
    [InlineData("pause", "Pause")]
    [InlineData("resume", "Resume")]
    public void EachCommandCallsItsMethodAndPrintsNothing(string command, string method)
    {
        CtlResult result = Run(command);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout + result.Stderr);
        Assert.Equal(method, Assert.Single(Api.Calls).Method);
    }

    [Fact]
    public void ToggleTurnsTheEffectTheOtherWayAndSaysWhichItIsNow()
    {
        CtlResult off = Run("toggle");
        Api.Properties[FakecamBus.Properties.EffectEnabled] = false;
        CtlResult on = Run("toggle", "--json");

        Assert.Equal("Effect off\n", off.Stdout);
        Assert.True(JsonDocument.Parse(on.Stdout).RootElement.GetProperty("effect_enabled").GetBoolean());
        Assert.Equal([FakecamBus.Methods.Disable.Name, FakecamBus.Methods.Enable.Name], Api.Calls.Select(c => c.Method));
    }

    [Fact]
    public void PauseIsNotSavedForTheNextLogin()
    {
        Assert.Equal(0, Run("pause").ExitCode);
        Assert.False(File.Exists(Ctl.ChoicePath));
    }
}
