using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>Chroma subsampling of a JPEG image (the values of TurboJPEG's TJSAMP).</summary>
public enum JpegSubsampling
{
    Yuv444 = TurboJpeg.TJSAMP_444,
    Yuv422 = TurboJpeg.TJSAMP_422,
    Yuv420 = TurboJpeg.TJSAMP_420,
    Gray = TurboJpeg.TJSAMP_GRAY,
    Yuv440 = TurboJpeg.TJSAMP_440,
    Yuv411 = TurboJpeg.TJSAMP_411,
}
