using Fakecam.Daemon.Hosting;
using Fakecam.Daemon.State;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Tests.State;

public sealed class StateStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fakecam-state-").FullName;
    private readonly StringWriter _log = new();

    private StateStore Store()
    {
        var factory = LoggerFactory.Create(builder => builder.AddProvider(new JournalLoggerProvider(_log, structured: false)));
        return new StateStore(_directory, factory.CreateLogger<StateStore>());
    }

    [Fact]
    public void A_fresh_directory_gives_the_defaults()
    {
        ServiceState state = Store().Load();
        Assert.Equal(new ServiceState().BackgroundKind, state.BackgroundKind);
        Assert.True(state.EffectEnabled);
    }

    [Fact]
    public void Saved_state_survives_a_new_store()
    {
        var saved = new ServiceState
        {
            EffectEnabled = false, Paused = true, BackgroundKind = "image", BackgroundName = "beach.jpg",
            BlurStrength = 0.8, Camera = "usb-Logitech_C920-video-index0", Width = 1920, Height = 1080, Fps = 25,
            Options = new() { ["threshold"] = "0.6" },
        };
        Store().Save(saved);
        Store().SaveBackground([1, 2, 3]);

        ServiceState loaded = Store().Load();
        Assert.Equal(saved with { Options = loaded.Options }, loaded);
        Assert.Equal("0.6", loaded.Options["threshold"]);
        Assert.Equal([1, 2, 3], Store().LoadBackground());
        Assert.Empty(Directory.GetFiles(_directory, "*.new"));
    }

    [Fact]
    public void A_corrupt_state_file_is_set_aside_with_a_warning_and_defaults_are_used()
    {
        File.WriteAllText(Path.Combine(_directory, StateStore.StateFileName), "{\"effect-enabled\": fals");

        ServiceState state = Store().Load();

        Assert.Equal(new ServiceState().BackgroundKind, state.BackgroundKind);
        Assert.False(File.Exists(Path.Combine(_directory, StateStore.StateFileName)));
        string setAside = Assert.Single(Directory.GetFiles(_directory, "state.json.corrupt-*"));
        Assert.Equal("{\"effect-enabled\": fals", File.ReadAllText(setAside));
        Assert.Contains("<4>", _log.ToString());
        Assert.Contains("could not be read", _log.ToString());
    }

    [Fact]
    public void No_background_until_one_is_saved() => Assert.Null(Store().LoadBackground());

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
