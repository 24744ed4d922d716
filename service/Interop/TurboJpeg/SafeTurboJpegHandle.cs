using Microsoft.Win32.SafeHandles;

namespace Fakecam.Daemon.Interop;

/// <summary>A tjhandle (compressor or decompressor instance), destroyed exactly once.</summary>
internal sealed class SafeTurboJpegHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeTurboJpegHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle() => TurboJpeg.Destroy(handle);
}
