namespace Fakecam.Api;

/// <summary>
/// The names of the Fakecam D-Bus API: the one place the service and fakecamctl take them from.
/// </summary>
public static class FakecamBus
{
    public const string BusName = "org.fakecam.Fakecam1";
    public const string ObjectPath = "/org/fakecam/Fakecam1";
    public const string Interface = "org.fakecam.Fakecam1";

    /// <summary>The polkit action every state-changing method is authorised against.</summary>
    public const string ConfigureAction = "org.fakecam.Fakecam1.configure";

    /// <summary>Property names and their D-Bus signatures.</summary>
    public static class Properties
    {
        public const string Version = "Version";
        public const string State = "State";
        public const string EffectEnabled = "EffectEnabled";
        public const string Paused = "Paused";
        public const string BackgroundKind = "BackgroundKind";
        public const string BackgroundName = "BackgroundName";
        public const string BlurStrength = "BlurStrength";
        public const string Camera = "Camera";
        public const string VirtualDevice = "VirtualDevice";
        public const string Resolution = "Resolution";
        public const string Consumers = "Consumers";
        public const string Model = "Model";

        public static readonly IReadOnlyList<(string Name, string Signature)> All =
        [
            (Version, "s"),
            (State, "s"),
            (EffectEnabled, "b"),
            (Paused, "b"),
            (BackgroundKind, "s"),
            (BackgroundName, "s"),
            (BlurStrength, "d"),
            (Camera, "s"),
            (VirtualDevice, "s"),
            (Resolution, "(uuu)"),
            (Consumers, "u"),
            (Model, "s"),
        ];
    }

    /// <summary>One method: its name, argument and result signatures and argument names (shown by Introspect).</summary>
    public sealed record Method(string Name, string InSignature, string OutSignature, string[] InNames, string[] OutNames);

    public static class Methods
    {
        public static readonly Method Enable = new("Enable", "", "", [], []);
        public static readonly Method Disable = new("Disable", "", "", [], []);
        public static readonly Method Pause = new("Pause", "", "", [], []);
        public static readonly Method Resume = new("Resume", "", "", [], []);
        public static readonly Method SetBlur = new("SetBlur", "d", "", ["strength"], []);
        public static readonly Method SetBackgroundImage = new("SetBackgroundImage", "hs", "", ["fd", "name"], []);
        public static readonly Method SetBackgroundVideo = new("SetBackgroundVideo", "hs", "", ["fd", "name"], []);
        public static readonly Method SetBackgroundColor = new("SetBackgroundColor", "s", "", ["rgb"], []);
        public static readonly Method ClearBackground = new("ClearBackground", "", "", [], []);
        public static readonly Method SetCamera = new("SetCamera", "s", "", ["id"], []);
        public static readonly Method ListCameras = new("ListCameras", "", "a(sssa(uuu))", [], ["cameras"]);
        public static readonly Method SetResolution = new("SetResolution", "uuu", "", ["width", "height", "fps"], []);
        public static readonly Method GetOptions = new("GetOptions", "", "a{sv}", [], ["options"]);
        public static readonly Method SetOptions = new("SetOptions", "a{sv}", "", ["options"], []);
        public static readonly Method GetStatistics = new("GetStatistics", "", "a{sv}", [], ["statistics"]);
        public static readonly Method Snapshot = new("Snapshot", "h", "", ["fd"], []);

        public static readonly IReadOnlyList<Method> All =
        [
            Enable, Disable, Pause, Resume, SetBlur, SetBackgroundImage, SetBackgroundVideo, SetBackgroundColor,
            ClearBackground, SetCamera, ListCameras, SetResolution, GetOptions, SetOptions, GetStatistics, Snapshot,
        ];
    }

    /// <summary>Values of the State property.</summary>
    public static class States
    {
        public const string Idle = "idle";
        public const string Streaming = "streaming";
        public const string Paused = "paused";
        public const string NoCamera = "no-camera";
        public const string Error = "error";
    }

    /// <summary>Values of the BackgroundKind property.</summary>
    public static class BackgroundKinds
    {
        public const string Blur = "blur";
        public const string Image = "image";
        public const string Video = "video";
        public const string Color = "color";
        public const string None = "none";
    }

    public static class Errors
    {
        public const string InvalidArgument = "org.fakecam.Fakecam1.Error.InvalidArgument";
        public const string UnsupportedFormat = "org.fakecam.Fakecam1.Error.UnsupportedFormat";
        public const string TooLarge = "org.fakecam.Fakecam1.Error.TooLarge";
        public const string NoCamera = "org.fakecam.Fakecam1.Error.NoCamera";
        public const string NotAuthorized = "org.fakecam.Fakecam1.Error.NotAuthorized";
        public const string Busy = "org.fakecam.Fakecam1.Error.Busy";
    }

    /// <summary>
    /// The keys GetOptions returns and SetOptions accepts, with the D-Bus type of each value; any other
    /// key is an InvalidArgument error.
    /// </summary>
    public static class Options
    {
        public const string Threshold = "threshold";
        public const string Feather = "feather";
        public const string Dilation = "dilation";
        public const string Smoothing = "smoothing";
        public const string EdgeRefinement = "edge-refinement";
        public const string Model = "model";
        public const string Mirror = "mirror";
        public const string FpsCap = "fps-cap";

        public static readonly IReadOnlyList<(string Key, string Signature)> All =
        [
            (Threshold, "d"),
            (Feather, "d"),
            (Dilation, "i"),
            (Smoothing, "d"),
            (EdgeRefinement, "b"),
            (Model, "s"),
            (Mirror, "b"),
            (FpsCap, "u"),
        ];
    }
}
