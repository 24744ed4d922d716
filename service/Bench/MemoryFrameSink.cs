using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Bench;

/// <summary>Copies each frame into a buffer, as write(2) into v4l2loopback copies it into the device's.</summary>
public sealed class MemoryFrameSink(FrameFormat format) : IFrameSink
{
    private readonly byte[] _buffer = GC.AllocateUninitializedArray<byte>(format.I420Size, pinned: true);

    public void Write(VideoFrame frame) => frame.Packed[..format.I420Size].CopyTo(_buffer);

    public void Dispose()
    {
    }
}
