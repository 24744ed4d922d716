namespace Fakecam.Daemon.Video;

/// <summary>Why a compressed frame could not become a picture.</summary>
public enum JpegRejection
{
    /// <summary>Not a complete JPEG, or the decoder failed or warned about damaged data.</summary>
    Corrupt,

    /// <summary>A valid JPEG of another size than the stream's format.</summary>
    WrongSize,

    /// <summary>A chroma subsampling that has no conversion to I420 (4:4:0, 4:1:1).</summary>
    UnsupportedSubsampling,
}

/// <summary>A JPEG frame that was not decoded; sources skip such frames and count them.</summary>
public sealed class JpegFrameRejectedException(JpegRejection reason, string message) : IOException(message)
{
    public JpegRejection Reason { get; } = reason;
}
