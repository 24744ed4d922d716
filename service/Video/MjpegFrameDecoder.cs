using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Video;

/// <summary>
/// Decodes the frames of an MJPEG source (a camera or a stream) into I420, skipping and counting frames
/// that are damaged, of the wrong size or of an unsupported subsampling. Not thread-safe.
/// </summary>
public sealed class MjpegFrameDecoder : IDisposable
{
    private readonly JpegDecoder _decoder = new();

    /// <summary>Frames rejected so far.</summary>
    public long SkippedFrames { get; private set; }

    /// <summary>Why the most recent rejected frame was rejected, for diagnostics.</summary>
    public string? LastRejection { get; private set; }

    /// <summary>Decodes <paramref name="jpeg"/> into <paramref name="destination"/>; false (and counted) if rejected.</summary>
    public bool TryDecode(ReadOnlySpan<byte> jpeg, VideoFrame destination)
    {
        try
        {
            _decoder.Decode(jpeg, destination);
            return true;
        }
        catch (JpegFrameRejectedException e)
        {
            SkippedFrames++;
            LastRejection = e.Message;
            return false;
        }
    }

    /// <summary>Size and subsampling of a frame, or null (and the frame counted as skipped) if its header is unreadable.</summary>
    public (int Width, int Height, JpegSubsampling Subsampling)? TryReadHeader(ReadOnlySpan<byte> jpeg)
    {
        try
        {
            return _decoder.ReadHeader(jpeg);
        }
        catch (JpegFrameRejectedException e)
        {
            SkippedFrames++;
            LastRejection = e.Message;
            return null;
        }
    }

    public void Dispose() => _decoder.Dispose();
}
