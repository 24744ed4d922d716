using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;

namespace Fakecam.Ctl.Tests.Commands;

[Collection(ApiCollection.Name)]
public sealed class SnapshotCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9];

    [Fact]
    public void TheServiceWritesIntoAFileFakecamctlCreated()
    {
        Api.SnapshotBytes = Jpeg;
        string file = Path.Combine(Ctl.ConfigHome, "me.jpg");

        CtlResult result = Run("snapshot", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Jpeg, File.ReadAllBytes(file));
        Assert.Equal("h", Assert.Single(Api.Calls, c => c.Method == FakecamBus.Methods.Snapshot.Name).Arguments[0].Signature);
        Assert.Equal(["me.jpg"], Directory.GetFiles(Ctl.ConfigHome).Select(Path.GetFileName));
    }

    [Fact]
    public void AFailedSnapshotLeavesAnExistingFileAsItWas()
    {
        string file = Path.Combine(Ctl.ConfigHome, "keep.jpg");
        File.WriteAllText(file, "the earlier snapshot");
        Api.Failure = (FakecamBus.Errors.Busy, "The frame is not ready.");

        CtlResult result = Run("snapshot", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("the earlier snapshot", File.ReadAllText(file));
        Assert.Equal(["keep.jpg"], Directory.GetFiles(Ctl.ConfigHome).Select(Path.GetFileName));
    }

    [Fact]
    public void AnEmptySnapshotIsAnError()
    {
        string file = Path.Combine(Ctl.ConfigHome, "empty.jpg");

        CtlResult result = Run("snapshot", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Fakecam wrote an empty snapshot.", result.Stderr);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void AFolderThatDoesNotExistIsNamed()
    {
        string file = Path.Combine(Ctl.ConfigHome, "no", "such", "dir", "x.jpg");

        CtlResult result = Run("snapshot", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Cannot create {file}", result.Stderr);
        Assert.Empty(Api.Calls);
    }
}
