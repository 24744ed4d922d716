using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Streaming;

/// <summary>
/// A Y4M file standing in for a camera (tests, demos, machines without one): played in a loop at its own
/// frame rate, so the service behaves as it does with a real camera.
/// </summary>
public sealed class Y4mCameraProvider : ICameraProvider
{
    public IReadOnlyList<CameraInfo> List() => [];

    public bool Exists(string cameraId) => File.Exists(cameraId);

    public IFrameSource Open(string cameraId, FrameFormat format)
    {
        if (!File.Exists(cameraId))
            throw new CameraUnavailableException($"Camera file {cameraId} does not exist.");
        var camera = new LoopingY4mCamera(cameraId);
        if (camera.Format.Width != format.Width || camera.Format.Height != format.Height)
        {
            camera.Dispose();
            throw new CameraUnavailableException(
                $"Camera file {cameraId} is {camera.Format.Width}x{camera.Format.Height}, the output is {format.Width}x{format.Height}.");
        }
        return camera;
    }

    private sealed class LoopingY4mCamera : IFrameSource
    {
        private readonly string _path;
        private readonly long _frameTicks;
        private Y4mFrameSource _source;
        private long _nextFrameAt;
        private long _sequence;

        public LoopingY4mCamera(string path)
        {
            _path = path;
            _source = Y4mFrameSource.Open(path);
            _frameTicks = Stopwatch.Frequency * Format.FpsDenominator / Format.FpsNumerator;
            _nextFrameAt = Stopwatch.GetTimestamp();
        }

        public FrameFormat Format => _source.Format;

        public long SkippedFrames => 0;

        public bool TryRead(VideoFrame frame)
        {
            long wait = _nextFrameAt - Stopwatch.GetTimestamp();
            if (wait > 0)
                Thread.Sleep(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            _nextFrameAt = Math.Max(_nextFrameAt + _frameTicks, Stopwatch.GetTimestamp() - _frameTicks);

            if (!_source.TryRead(frame))
            {
                _source.Dispose();
                _source = Y4mFrameSource.Open(_path);
                if (!_source.TryRead(frame))
                    throw new CameraUnavailableException($"Camera file {_path} has no frames.");
            }
            frame.Sequence = _sequence++;
            frame.TimestampMicroseconds = Stopwatch.GetTimestamp() * 1_000_000 / Stopwatch.Frequency;
            return true;
        }

        public void Dispose() => _source.Dispose();
    }
}
