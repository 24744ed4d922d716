using System.Collections.Concurrent;
using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Interop;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Streaming;

/// <summary>
/// The frame thread: opens the camera only while an app reads the virtual camera, runs each frame through the
/// pipeline and writes it out; shows an idle or privacy frame otherwise; reopens a camera that went away.
/// Everything here runs on its one dedicated thread; other threads change it only through <see cref="Post"/>,
/// which wakes the thread (an eventfd) when it waits.
/// </summary>
public sealed partial class StreamController : IDisposable
{
    /// <summary>How long the camera stays open after the last app stops reading (a quick restart reuses it).</summary>
    public static readonly TimeSpan CameraReleaseDelay = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan s_retryInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_placeholderInterval = TimeSpan.FromMilliseconds(200);

    private readonly ICameraProvider _cameras;
    private readonly IOutputProvider _outputs;
    private readonly ILogger _logger;
    private readonly ConcurrentQueue<Action> _work = new();
    private readonly SafeFileDescriptor _wake = Libc.EventFd(Libc.EFD_NONBLOCK);
    private readonly Thread _thread;
    private volatile bool _stopping;
    private volatile bool _waiting;

    private StreamSettings _settings;
    private Func<FrameFormat, FramePipeline> _pipelineFactory;
    private Func<FrameFormat, ICompositor>? _compositorFactory;
    private FramePipeline? _pipeline;
    private FramePool? _frames;
    private IFrameSink? _sink;
    private IConsumerMonitor? _monitor;
    private volatile IFrameSource? _camera;
    private VideoFrame? _lastOutput;
    private VideoFrame? _idleFrame;
    private VideoFrame? _privacyFrame;
    private long _lastConsumerSeen;
    private long _nextRetry;
    private long _lastFrameSent;
    private int _reportedConsumers;
    private bool _behind;
    private StreamStatus _status = new(StreamState.Idle, 0);
    private long _heartbeat = Stopwatch.GetTimestamp();

    public StreamController(ICameraProvider cameras, IOutputProvider outputs, StreamSettings settings,
        Func<FrameFormat, FramePipeline> pipelineFactory, ILogger<StreamController> logger)
    {
        _cameras = cameras;
        _outputs = outputs;
        _settings = settings;
        _pipelineFactory = pipelineFactory;
        _logger = logger;
        _thread = new Thread(Run) { Name = "fakecam-frames", IsBackground = true };
    }

    /// <summary>Raised on the frame thread when the state or the number of consumers changes.</summary>
    public event Action<StreamStatus>? StatusChanged;

    public StreamStatus Status => _status;

    /// <summary>The statistics of the current pipeline (null before the first frame).</summary>
    public PipelineStatistics? Statistics => _pipeline?.Statistics;

    /// <summary>
    /// True while the frame thread waits for something to happen or went round its loop within
    /// <paramref name="limit"/>; a stuck thread (a driver hanging in an ioctl) stops the watchdog pings.
    /// </summary>
    public bool IsResponsive(TimeSpan limit) =>
        _waiting || Stopwatch.GetElapsedTime(Interlocked.Read(ref _heartbeat)) < limit;

    public void Start() => _thread.Start();

    /// <summary>Runs <paramref name="action"/> on the frame thread between frames.</summary>
    public void Post(Action action)
    {
        _work.Enqueue(action);
        Span<byte> one = stackalloc byte[8];
        BitConverter.TryWriteBytes(one, 1UL);
        Libc.Write(_wake, one);
    }

    /// <summary>Applies new settings between frames.</summary>
    public void Configure(StreamSettings settings) => Post(() => Apply(settings));

    /// <summary>Rebuilds the pipeline (a new model or new refinement options) between frames.</summary>
    public void UsePipeline(Func<FrameFormat, FramePipeline> factory) => Post(() =>
    {
        _pipelineFactory = factory;
        ReplacePipeline();
    });

    /// <summary>Switches the background between frames.</summary>
    public void UseCompositor(Func<FrameFormat, ICompositor> factory) => Post(() =>
    {
        _compositorFactory = factory;
        if (_pipeline is not null)
            _pipeline.ReplaceCompositor(factory(_pipeline.Format)).Dispose();
    });

    /// <summary>A copy of the frame the virtual camera shows now.</summary>
    public Task<VideoFrame> SnapshotAsync()
    {
        var result = new TaskCompletionSource<VideoFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(() =>
        {
            VideoFrame shown = _lastOutput ?? IdleFrame();
            VideoFrame copy = VideoFrame.Allocate(shown.Format);
            shown.CopyTo(copy);
            result.SetResult(copy);
        });
        return result.Task;
    }

    /// <summary>Stops the frame thread, closing camera and output; returns once they are released.</summary>
    public void Stop()
    {
        _stopping = true;
        Post(() => { });
        // A camera that has stopped sending holds the frame thread in its read for seconds.
        try
        {
            _camera?.RequestStop();
        }
        catch (ObjectDisposedException)
        {
            // Closed by the frame thread meanwhile: nothing left to wake.
        }
        if (_thread.IsAlive)
            _thread.Join();
    }

    public void Dispose()
    {
        Stop();
        _wake.Dispose();
    }
}
