using System.Text.Json;
using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests.Choice;

/// <summary>The recent background files set-background remembers, as status --json lists them.</summary>
[Collection(ApiCollection.Name)]
public sealed class RecentBackgroundsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private readonly string _pictures = Directory.CreateTempSubdirectory("fakecamctl-recent-").FullName;

    public override void Dispose()
    {
        Directory.Delete(_pictures, recursive: true);
        base.Dispose();
    }

    [Fact]
    public void FilesAreListedNewestFirstByFullPath()
    {
        string beach = Picture("beach.jpg");
        string waves = Picture("waves.mp4");

        Set(beach);
        Set(waves);

        Assert.Equal([waves, beach], Recent());
    }

    [Fact]
    public void AFileSetAgainMovesToTheFrontAndIsListedOnce()
    {
        string beach = Picture("beach.jpg");
        string office = Picture("office.png");
        string garden = Picture("garden.webp");
        Set(beach);
        Set(office);
        Set(garden);

        Set(beach);

        Assert.Equal([beach, garden, office], Recent());
    }

    [Fact]
    public void OnlyTheFiveNewestAreKept()
    {
        string[] files = [.. Enumerable.Range(1, 7).Select(i => Picture($"photo{i}.jpg"))];
        foreach (string file in files)
            Set(file);

        Assert.Equal(files.Reverse().Take(5), Recent());
        Assert.DoesNotContain(files[1], File.ReadAllText(Ctl.ChoicePath));
    }

    [Fact]
    public void BlurColourAndNoneChangeTheBackgroundButNotTheList()
    {
        string beach = Picture("beach.jpg");
        Set(beach);

        Assert.Equal(0, Run("blur", "40%").ExitCode);
        Assert.Equal(0, Run("set-background", "--color", "#00b140").ExitCode);
        Assert.Equal(0, Run("set-background", "--none").ExitCode);

        Assert.Equal([beach], Recent());
    }

    [Fact]
    public void ADeletedFileIsLeftOutOfTheListUntilItIsPushedOut()
    {
        string beach = Picture("beach.jpg");
        string office = Picture("office.png");
        Set(beach);
        Set(office);

        File.Delete(beach);

        Assert.Equal([office], Recent());
        Assert.Contains(beach, File.ReadAllText(Ctl.ChoicePath));
    }

    [Fact]
    public void TheListSurvivesARestoreAtLogin()
    {
        string beach = Picture("beach.jpg");
        string office = Picture("office.png");
        Set(beach);
        Set(office);
        Assert.Equal(0, Run("blur").ExitCode);
        Api.Reset();

        CtlResult restore = Run("restore");

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Single(Api.Calls, c => c.Method == FakecamBus.Methods.SetBlur.Name);
        Assert.Equal([office, beach], Recent());
    }

    [Fact]
    public void AChoiceSavedWithoutAListStillRestoresAndStartsOne()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Ctl.ChoicePath)!);
        File.WriteAllText(Ctl.ChoicePath, """{ "effect_enabled": false, "background": { "kind": "none" } }""");

        Assert.Equal(0, Run("restore").ExitCode);
        Assert.Empty(Recent());
        string beach = Picture("beach.jpg");
        Set(beach);
        Assert.Equal([beach], Recent());
    }

    [Fact]
    public void ADamagedChoiceLeavesTheListEmptyAndStatusWorking()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Ctl.ChoicePath)!);
        File.WriteAllText(Ctl.ChoicePath, "{ not json");

        Assert.Empty(Recent());
    }

    private string Picture(string name)
    {
        string path = Path.Combine(_pictures, name);
        File.WriteAllText(path, "pretend " + name);
        return path;
    }

    private void Set(string file)
    {
        CtlResult result = Run("set-background", file);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private string[] Recent()
    {
        CtlResult status = Run("status", "--json");
        Assert.True(status.ExitCode == 0, status.ToString());
        using JsonDocument json = JsonDocument.Parse(status.Stdout);
        return [.. json.RootElement.GetProperty("recent").EnumerateArray().Select(e => e.GetString()!)];
    }
}
