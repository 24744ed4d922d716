using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;
using Fakecam.Interop;
using Microsoft.Extensions.Logging;

namespace Fakecam.Daemon.Streaming;

public sealed partial class StreamController
{
    private void Run()
    {
        try
        {
            while (!_stopping)
            {
                Interlocked.Exchange(ref _heartbeat, Stopwatch.GetTimestamp());
                RunPostedWork();
                if (_stopping)
                    break;
                Step();
            }
        }
        catch (Exception e)
        {
            LogFrameThreadFailed(e);
            SetStatus(StreamState.Error);
        }
        finally
        {
            CloseCamera();
            CloseOutput();
            _pipeline?.Dispose();
        }
    }

    /// <summary>One turn of the loop: stream a frame, or show a placeholder, or wait for something to change.</summary>
    private void Step()
    {
        if (_sink is null && !TryOpenOutput())
        {
            SetStatus(StreamState.Error);
            Wait(s_retryInterval);
            return;
        }

        _monitor!.Update();
        int consumers = _monitor.Consumers;
        if (consumers != _reportedConsumers)
        {
            _reportedConsumers = consumers;
            LogConsumers(consumers);
        }
        long now = Stopwatch.GetTimestamp();
        if (consumers > 0)
            _lastConsumerSeen = now;

        if (_settings.Paused)
        {
            CloseCamera();
            SetStatus(StreamState.Paused, consumers);
            ShowPlaceholder(PrivacyFrame(), consumers);
            return;
        }

        if (consumers == 0)
        {
            TimeSpan sinceLastConsumer = Stopwatch.GetElapsedTime(_lastConsumerSeen, now);
            if (_camera is not null && sinceLastConsumer < CameraReleaseDelay)
            {
                Wait(CameraReleaseDelay - sinceLastConsumer);
                return;
            }
            CloseCamera();
            SetStatus(StreamState.Idle, 0);
            Wait(Timeout.InfiniteTimeSpan);
            return;
        }

        if (_camera is null && !TryOpenCamera(now))
        {
            SetStatus(StreamState.NoCamera, consumers);
            ShowPlaceholder(IdleFrame(), consumers);
            return;
        }

        StreamOneFrame(consumers);
    }

    private void StreamOneFrame(int consumers)
    {
        VideoFrame frame = _frames!.Rent();
        try
        {
            long skippedBefore = _camera!.SkippedFrames;
            if (!ReadCamera(frame))
                return;
            // Latency counts from when the source took the frame (V4L2: dequeued the buffer), not from the
            // wait for the camera's next frame before it.
            long dequeued = frame.DequeuedAt;
            PipelineStatistics statistics = _pipeline!.Statistics;
            statistics.CountDropped(_camera.SkippedFrames - skippedBefore);
            statistics.Capture.RecordSince(dequeued);
            if (AboveFpsCap(dequeued))
                return;

            if (_settings.EffectEnabled)
                _pipeline.Process(frame, mayReuseMask: _behind);
            if (_settings.Mirror)
                Mirror.Flip(frame);
            long t = Stopwatch.GetTimestamp();
            _sink!.Write(frame);
            statistics.Output.RecordSince(t);
            statistics.EndToEnd.RecordSince(dequeued);
            statistics.CountFrame();
            _lastFrameSent = dequeued;
            // Behind when the work on a frame took longer than the camera's frame interval: the next frame
            // then reuses this mask instead of running the model again.
            _behind = Stopwatch.GetElapsedTime(dequeued).TotalSeconds * _settings.Format.Fps > 1;
            KeepAsLastOutput(frame);
            frame = null!;
            SetStatus(StreamState.Streaming, consumers);
        }
        finally
        {
            frame?.Dispose();
        }
    }

    /// <summary>
    /// Reads the camera's next frame. A camera that fails (unplugged, its file gone, a driver error, nothing
    /// usable for seconds) is closed and reopened; meanwhile the state is no-camera and apps see the idle frame
    /// rather than the last picture frozen.
    /// </summary>
    private bool ReadCamera(VideoFrame frame)
    {
        try
        {
            if (_camera!.TryRead(frame))
                return true;
            if (_stopping)
                return false;
            if (_camera.Interrupted)
            {
                // Posted work or apps coming and going woke the read: the loop deals with them, then reads again.
                Wait(TimeSpan.Zero);
                return false;
            }
            LogCameraLost(_settings.CameraId, "the stream ended");
        }
        catch (IOException e)
        {
            LogCameraLost(_settings.CameraId, e.Message);
        }
        CloseCamera();
        _nextRetry = Stopwatch.GetTimestamp();
        SetStatus(StreamState.NoCamera, _reportedConsumers);
        WriteFixed(IdleFrame());
        return false;
    }

    /// <summary>True when sending this frame would exceed the frame rate cap; the frame is then not processed.</summary>
    private bool AboveFpsCap(long now) =>
        _settings.FpsCap > 0 && Stopwatch.GetElapsedTime(_lastFrameSent, now).TotalSeconds < 0.95 / _settings.FpsCap;

    /// <summary>Writes a fixed frame a few times a second while apps read, so they keep receiving video.</summary>
    private void ShowPlaceholder(VideoFrame placeholder, int consumers)
    {
        if (consumers > 0 || _lastOutput != placeholder)
            WriteFixed(placeholder);
        Wait(consumers > 0 ? s_placeholderInterval : Timeout.InfiniteTimeSpan);
    }

    private void WriteFixed(VideoFrame placeholder)
    {
        _sink!.Write(placeholder);
        ReleaseLastOutput();
        _lastOutput = placeholder;
    }

    private void KeepAsLastOutput(VideoFrame frame)
    {
        ReleaseLastOutput();
        _lastOutput = frame;
    }

    private void ReleaseLastOutput()
    {
        if (_lastOutput is not null && _lastOutput != _idleFrame && _lastOutput != _privacyFrame)
            _lastOutput.Dispose();
        _lastOutput = null;
    }

    private bool TryOpenCamera(long now)
    {
        if (now < _nextRetry)
            return false;
        try
        {
            _camera = _cameras.Open(_settings.CameraId, _settings.Format);
            // A camera that stops sending holds the thread in its read for seconds: meanwhile pausing, a new
            // background or the last app leaving would wait.
            _camera.WakeOn(_monitor?.ChangeDescriptor is { } change ? [_wake, change] : [_wake]);
            _pipeline!.Reset();
            LogCameraOpened(_settings.CameraId, _settings.Format.ToString());
            return true;
        }
        catch (CameraUnavailableException e)
        {
            if (_status.State != StreamState.NoCamera)
                LogCameraUnavailable(e.Message);
            _nextRetry = now + (long)(s_retryInterval.TotalSeconds * Stopwatch.Frequency);
            return false;
        }
    }

    private void CloseCamera()
    {
        if (_camera is null)
            return;
        _camera.Dispose();
        _camera = null;
        LogCameraClosed(_settings.CameraId);
    }

    private bool TryOpenOutput()
    {
        try
        {
            (_sink, _monitor) = _outputs.Open(_settings.Format);
            _frames = new FramePool(_settings.Format, 3);
            ReplacePipeline();
            WriteFixed(IdleFrame());
            if (_status.State == StreamState.Error)
                LogOutputRecovered(_outputs.Name);
            return true;
        }
        catch (OutputUnavailableException e)
        {
            if (_status.State != StreamState.Error)
                LogOutputUnavailable(_outputs.Name, e.Message);
            return false;
        }
    }

    private void CloseOutput()
    {
        ReleaseLastOutput();
        _sink?.Dispose();
        _monitor?.Dispose();
        _sink = null;
        _monitor = null;
    }

    private void Apply(StreamSettings settings)
    {
        StreamSettings old = _settings;
        _settings = settings;
        if (old.CameraId != settings.CameraId || old.Format != settings.Format)
        {
            CloseCamera();
            _nextRetry = 0;
        }
        if (old.Format != settings.Format)
        {
            CloseOutput();
            _idleFrame = null;
            _privacyFrame = null;
        }
    }

    private void ReplacePipeline()
    {
        _pipeline?.Dispose();
        _pipeline = _pipelineFactory(_settings.Format);
        if (_compositorFactory is not null)
            _pipeline.ReplaceCompositor(_compositorFactory(_settings.Format)).Dispose();
    }

    private VideoFrame IdleFrame() => _idleFrame ??= Placeholders.CameraOff(_settings.Format);

    private VideoFrame PrivacyFrame() => _privacyFrame ??= Placeholders.Paused(_settings.Format);

    private void RunPostedWork()
    {
        while (_work.TryDequeue(out Action? action))
            action();
    }

    /// <summary>Sleeps until posted work, a consumer change, or the timeout (infinite: only the first two).</summary>
    private void Wait(TimeSpan timeout)
    {
        if (!_work.IsEmpty || _stopping)
            return;
        Span<Libc.PollFd> fds = stackalloc Libc.PollFd[2];
        fds[0] = new Libc.PollFd { Fd = _wake.Fd, Events = Libc.POLLIN };
        int count = 1;
        if (_monitor?.ChangeDescriptor is { } change)
            fds[count++] = new Libc.PollFd { Fd = change.Fd, Events = Libc.POLLIN | Libc.POLLPRI };
        int milliseconds = timeout == Timeout.InfiniteTimeSpan ? -1 : (int)Math.Ceiling(timeout.TotalMilliseconds);
        _waiting = true;
        Libc.Poll(fds[..count], milliseconds);
        _waiting = false;
        if ((fds[0].Revents & Libc.POLLIN) != 0)
        {
            Span<byte> counter = stackalloc byte[8];
            Libc.Read(_wake, counter);
        }
    }

    private void SetStatus(StreamState state, int consumers = 0)
    {
        var status = new StreamStatus(state, consumers);
        if (status == _status)
            return;
        _status = status;
        StatusChanged?.Invoke(status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Apps streaming from the virtual camera: {Consumers}")]
    private partial void LogConsumers(int consumers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Camera {Camera} opened at {Format}")]
    private partial void LogCameraOpened(string camera, string format);

    [LoggerMessage(Level = LogLevel.Information, Message = "Camera {Camera} closed")]
    private partial void LogCameraClosed(string camera);

    /// <summary>The reason names the camera (or says none is connected).</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot open the camera, retrying every 2 s: {Reason}")]
    private partial void LogCameraUnavailable(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Camera {Camera} went away: {Reason}")]
    private partial void LogCameraLost(string camera, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Virtual camera {Device} cannot be opened: {Reason}; retrying every 2 s")]
    private partial void LogOutputUnavailable(string device, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Virtual camera {Device} is back")]
    private partial void LogOutputRecovered(string device);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The frame thread stopped")]
    private partial void LogFrameThreadFailed(Exception exception);
}
