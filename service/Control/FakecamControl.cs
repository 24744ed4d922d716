using Fakecam.Api;
using Fakecam.DBus;
using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Refinement;
using Fakecam.Daemon.Segmentation;
using Fakecam.Daemon.State;
using Fakecam.Daemon.Streaming;
using Fakecam.Daemon.Video;
using Fakecam.Interop;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Control;

/// <summary>
/// What the D-Bus API changes and reads: the user's choices (kept in the state directory), applied to the frame
/// thread. Methods may be called from any thread; each change is saved, applied, and announced through
/// <see cref="PropertiesChanged"/> with the names of the properties it changed. Errors are
/// <see cref="DBusErrorException"/>s with the API's error names, and leave everything as it was.
/// </summary>
public sealed partial class FakecamControl : IDisposable
{
    private readonly Lock _lock = new();
    private readonly StateStore _store;
    private readonly ICameraProvider _cameras;
    private readonly ModelCatalog _models;
    private readonly StreamController _stream;
    private readonly ILogger _logger;
    private ServiceState _state;
    private ServiceOptions _options;
    private VideoFrame? _backgroundImage;
    private OnnxSegmenter _segmenter;
    private StreamStatus _status;
    /// <summary>Kept across pipelines (a new model, options or resolution), so counts and frame rate carry on.</summary>
    private readonly PipelineStatistics _statistics = new();

    public FakecamControl(StateStore store, ICameraProvider cameras, IOutputProvider outputs, ModelCatalog models,
        string? cameraOverride, ILoggerFactory loggerFactory)
    {
        _store = store;
        _cameras = cameras;
        _models = models;
        _logger = loggerFactory.CreateLogger<FakecamControl>();
        var repaired = new List<string>();
        _state = SavedStateRepair.Repair(store.Load(), repaired);
        if (repaired.Count > 0)
            LogSavedStateRepaired(string.Join(", ", repaired));
        if (cameraOverride is not null)
            _state = _state with { Camera = cameraOverride };
        _options = ServiceOptions.FromText(_state.Options, ModelNames);
        _segmenter = new OnnxSegmenter(models.Get(_options.Model));
        RestoreBackground();
        VirtualDevice = outputs.Name;

        _stream = new StreamController(cameras, outputs, Settings(), PipelineFactory(), loggerFactory.CreateLogger<StreamController>());
        _stream.UseCompositor(CompositorFactory());
        _stream.StatusChanged += OnStatusChanged;
    }

    /// <summary>Raised (on any thread) with the names of the API properties that changed.</summary>
    public event Action<string[]>? PropertiesChanged;

    public static string Version { get; } = typeof(FakecamControl).Assembly.GetName().Version?.ToString(3) ?? "0";

    public string VirtualDevice { get; }

    public ServiceState State
    {
        get
        {
            lock (_lock)
                return _state;
        }
    }

    public StreamStatus Status
    {
        get
        {
            lock (_lock)
                return _status;
        }
    }

    public StreamController Stream => _stream;

    private IReadOnlyCollection<string> ModelNames => [.. _models.Models.Select(m => m.Name)];

    public void Start() => _stream.Start();

    public void SetEffect(bool enabled) => Change(s => s with { EffectEnabled = enabled }, FakecamBus.Properties.EffectEnabled);

    public void SetPaused(bool paused) => Change(s => s with { Paused = paused }, FakecamBus.Properties.Paused, FakecamBus.Properties.State);

    public void SetBlur(double strength)
    {
        if (!(strength is >= 0 and <= 1))
            throw Error(FakecamBus.Errors.InvalidArgument, $"Blur strength {strength} is out of range: give a value from 0.0 to 1.0.");
        Change(s => s with { BackgroundKind = FakecamBus.BackgroundKinds.Blur, BackgroundName = "", BlurStrength = strength },
            FakecamBus.Properties.BackgroundKind, FakecamBus.Properties.BackgroundName, FakecamBus.Properties.BlurStrength);
    }

    public void SetColor(string rgb)
    {
        if (!YuvColor.TryParse(rgb, out _))
            throw Error(FakecamBus.Errors.InvalidArgument, $"Colour \"{rgb}\" is not of the form #rrggbb (for example #00b140).");
        string color = rgb.ToLowerInvariant();
        Change(s => s with { BackgroundKind = FakecamBus.BackgroundKinds.Color, BackgroundName = color, Color = color },
            FakecamBus.Properties.BackgroundKind, FakecamBus.Properties.BackgroundName);
    }

    public void ClearBackground() =>
        Change(s => s with { BackgroundKind = FakecamBus.BackgroundKinds.None, BackgroundName = "" },
            FakecamBus.Properties.BackgroundKind, FakecamBus.Properties.BackgroundName);

    /// <summary>Reads, checks and decodes an image from a descriptor the caller passed; the old background stays on any failure.</summary>
    public void SetBackgroundImage(SafeFileDescriptor file, string name)
    {
        string displayName = Path.GetFileName(name);
        ReadOnlyMemory<byte> bytes;
        VideoFrame image;
        try
        {
            bytes = ImageFileReader.Read(file);
            image = BackgroundImageLoader.Decode(bytes.Span);
        }
        catch (BackgroundImageException e)
        {
            LogBackgroundRefused(displayName, e.Message);
            throw Error(e.Error switch
            {
                BackgroundImageError.TooLarge => FakecamBus.Errors.TooLarge,
                BackgroundImageError.UnsupportedFormat => FakecamBus.Errors.UnsupportedFormat,
                _ => FakecamBus.Errors.InvalidArgument,
            }, e.Message);
        }
        lock (_lock)
        {
            _store.SaveBackground(bytes.Span);
            _backgroundImage = image;
        }
        Change(s => s with { BackgroundKind = FakecamBus.BackgroundKinds.Image, BackgroundName = displayName },
            FakecamBus.Properties.BackgroundKind, FakecamBus.Properties.BackgroundName);
    }

    public void SetCamera(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
            throw Error(FakecamBus.Errors.InvalidArgument, "Give a camera id; fakecamctl cameras lists them.");
        if (!_cameras.Exists(id))
        {
            string known = string.Join(", ", _cameras.List().Select(c => c.Id));
            throw Error(FakecamBus.Errors.NoCamera, $"No camera \"{id}\" is connected (cameras: {(known.Length == 0 ? "none" : known)}).");
        }
        Change(s => s with { Camera = id }, FakecamBus.Properties.Camera);
    }

    public IReadOnlyList<CameraInfo> ListCameras() => _cameras.List();

    /// <summary>Width 160–3840 and height 120–2160, both even, 1–60 fps.</summary>
    public static bool IsSupportedResolution(uint width, uint height, uint fps) =>
        width is >= 160 and <= 3840 && height is >= 120 and <= 2160 && width % 2 == 0 && height % 2 == 0 && fps is >= 1 and <= 60;

    public void SetResolution(uint width, uint height, uint fps)
    {
        if (!IsSupportedResolution(width, height, fps))
            throw Error(FakecamBus.Errors.InvalidArgument,
                $"{width}x{height}@{fps} is not supported: width 160–3840 and height 120–2160, both even, 1–60 fps.");
        Change(s => s with { Width = width, Height = height, Fps = fps }, FakecamBus.Properties.Resolution);
    }

    public Dictionary<string, DBusVariant> GetOptions()
    {
        lock (_lock)
            return _options.ToVariants();
    }

    public void SetOptions(IReadOnlyDictionary<string, DBusVariant> changes)
    {
        lock (_lock)
        {
            ServiceOptions options = _options.With(changes, ModelNames);
            OnnxSegmenter? replaced = null;
            if (options.Model != _options.Model)
                (replaced, _segmenter) = (_segmenter, new OnnxSegmenter(_models.Get(options.Model)));
            _options = options;
            _state = _state with { Options = options.ToText() };
            _store.Save(_state);
            _stream.UsePipeline(PipelineFactory());
            _stream.Configure(Settings());
            // Posted after the new pipeline, so the frame thread has stopped using the old model when it runs.
            if (replaced is not null)
                _stream.Post(replaced.Dispose);
        }
        PropertiesChanged?.Invoke([FakecamBus.Properties.Model]);
    }

    public string ModelName
    {
        get
        {
            lock (_lock)
                return _options.Model;
        }
    }

    public PipelineStatistics Statistics => _stream.Statistics ?? _statistics;

    /// <summary>The frame the virtual camera shows now, as JPEG.</summary>
    public async Task<byte[]> SnapshotAsync()
    {
        using VideoFrame frame = await _stream.SnapshotAsync().ConfigureAwait(false);
        using var encoder = new JpegEncoder(90);
        return encoder.Encode(frame).ToArray();
    }

    private void Change(Func<ServiceState, ServiceState> change, params string[] properties)
    {
        lock (_lock)
        {
            _state = change(_state);
            _store.Save(_state);
            _stream.Configure(Settings());
            _stream.UseCompositor(CompositorFactory());
        }
        PropertiesChanged?.Invoke(properties);
    }

    private StreamSettings Settings() => new(_state.Camera,
        new FrameFormat((int)_state.Width, (int)_state.Height, (int)_state.Fps, 1),
        _state.EffectEnabled, _state.Paused, _options.Mirror, _options.FpsCap);

    private Func<FrameFormat, FramePipeline> PipelineFactory()
    {
        OnnxSegmenter segmenter = _segmenter;
        MaskRefinementOptions refinement = _options.Refinement;
        return format => new FramePipeline(format, segmenter, new GuidedMaskRefiner(refinement), new PassThroughCompositor(), _statistics);
    }

    private Func<FrameFormat, ICompositor> CompositorFactory()
    {
        ServiceState state = _state;
        VideoFrame? image = _backgroundImage;
        return format => state.BackgroundKind switch
        {
            FakecamBus.BackgroundKinds.Blur => new BlurCompositor(state.BlurStrength),
            FakecamBus.BackgroundKinds.Color => new ColorCompositor(YuvColor.Parse(state.Color)),
            FakecamBus.BackgroundKinds.Image when image is not null => Compositors.ForImage(image, format),
            _ => new PassThroughCompositor(),
        };
    }

    private void RestoreBackground()
    {
        if (_state.BackgroundKind != FakecamBus.BackgroundKinds.Image)
            return;
        try
        {
            byte[]? saved = _store.LoadBackground();
            _backgroundImage = saved is null ? null : BackgroundImageLoader.Decode(saved);
        }
        catch (BackgroundImageException e)
        {
            LogSavedBackgroundUnreadable(e.Message);
        }
        if (_backgroundImage is null)
            _state = _state with { BackgroundKind = FakecamBus.BackgroundKinds.Blur, BackgroundName = "" };
    }

    private void OnStatusChanged(StreamStatus status)
    {
        StreamStatus old;
        lock (_lock)
        {
            old = _status;
            _status = status;
        }
        if (old.State != status.State && old.Consumers != status.Consumers)
            PropertiesChanged?.Invoke([FakecamBus.Properties.State, FakecamBus.Properties.Consumers]);
        else if (old.State != status.State)
            PropertiesChanged?.Invoke([FakecamBus.Properties.State]);
        else
            PropertiesChanged?.Invoke([FakecamBus.Properties.Consumers]);
    }

    private static DBusErrorException Error(string name, string message) => new(name, message);

    public void Dispose()
    {
        _stream.Dispose();
        _segmenter.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background {Name} refused: {Reason}")]
    private partial void LogBackgroundRefused(string name, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved state has values that cannot be used ({Values}); their defaults are used")]
    private partial void LogSavedStateRepaired(string values);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved background image cannot be read ({Reason}); using blur")]
    private partial void LogSavedBackgroundUnreadable(string reason);
}
