using Fakecam.Api;
using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.State;

namespace Fakecam.Daemon.Control;

/// <summary>
/// Puts back the default of each value in a loaded state that the service cannot use: a file edited by hand,
/// or written by another version (a missing key reads as zero or null).
/// </summary>
internal static class SavedStateRepair
{
    /// <summary>The state with unusable values replaced; <paramref name="repaired"/> gets the name of each.</summary>
    public static ServiceState Repair(ServiceState saved, List<string> repaired)
    {
        var defaults = new ServiceState();
        ServiceState state = saved;

        void Keep(bool usable, string what, Func<ServiceState, ServiceState> useDefault)
        {
            if (usable)
                return;
            state = useDefault(state);
            repaired.Add(what);
        }

        Keep(state.Options is not null, "options", s => s with { Options = [] });
        Keep(FakecamControl.IsSupportedResolution(state.Width, state.Height, state.Fps), "resolution",
            s => s with { Width = defaults.Width, Height = defaults.Height, Fps = defaults.Fps });
        Keep(state.BlurStrength is >= 0 and <= 1, "blur strength", s => s with { BlurStrength = defaults.BlurStrength });
        Keep(YuvColor.TryParse(state.Color, out _), "colour", s => s with { Color = defaults.Color });
        Keep(state.BackgroundKind is FakecamBus.BackgroundKinds.Blur or FakecamBus.BackgroundKinds.Image
                or FakecamBus.BackgroundKinds.Color or FakecamBus.BackgroundKinds.None, "background",
            s => s with { BackgroundKind = defaults.BackgroundKind, BackgroundName = "" });
        Keep(state.BackgroundName is not null, "background name", s => s with { BackgroundName = "" });
        Keep(state.Camera is not null, "camera", s => s with { Camera = "" });
        return state;
    }
}
