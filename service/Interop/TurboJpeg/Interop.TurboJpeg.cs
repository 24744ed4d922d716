namespace Fakecam.Daemon.Interop;

/// <summary>The TurboJPEG 2.1 API of libjpeg-turbo (turbojpeg.h).</summary>
internal static partial class TurboJpeg
{
    // enum TJSAMP
    internal const int TJSAMP_444 = 0;
    internal const int TJSAMP_422 = 1;
    internal const int TJSAMP_420 = 2;
    internal const int TJSAMP_GRAY = 3;
    internal const int TJSAMP_440 = 4;
    internal const int TJSAMP_411 = 5;

    // enum TJERR
    internal const int TJERR_WARNING = 0;

    internal const int TJFLAG_NOREALLOC = 1024;
    internal const int TJFLAG_FASTDCT = 2048;
}
