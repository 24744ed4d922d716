using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>
/// Encodes I420 frames as JPEG (snapshots, MJPEG streams for tests and benchmarks), as 4:2:0 or, with
/// chroma samples repeated, 4:2:2 or 4:4:4. Output and scratch buffers are kept between calls. Not thread-safe.
/// </summary>
public sealed class JpegEncoder : IDisposable
{
    private readonly SafeTurboJpegHandle _handle = TurboJpeg.InitCompress();
    private byte[] _output = [];
    private byte[] _chroma = [];

    public JpegEncoder(int quality = 85, JpegSubsampling subsampling = JpegSubsampling.Yuv420)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        if (subsampling is not (JpegSubsampling.Yuv420 or JpegSubsampling.Yuv422 or JpegSubsampling.Yuv444))
            throw new ArgumentException($"Encoding I420 as {subsampling} is not supported.", nameof(subsampling));
        Quality = quality;
        Subsampling = subsampling;
    }

    public int Quality { get; }

    public JpegSubsampling Subsampling { get; }

    /// <summary>Encodes <paramref name="frame"/>; the result stays valid until the next call.</summary>
    public unsafe ReadOnlySpan<byte> Encode(VideoFrame frame)
    {
        int bound = TurboJpeg.BufferSize(frame.Width, frame.Height, (int)Subsampling);
        if (_output.Length < bound)
            _output = GC.AllocateUninitializedArray<byte>(bound, pinned: true);

        Span<byte> u = frame.U;
        Span<byte> v = frame.V;
        int chromaStride = frame.ChromaStride;
        if (Subsampling != JpegSubsampling.Yuv420)
        {
            chromaStride = Subsampling == JpegSubsampling.Yuv444 ? frame.Width : frame.Format.ChromaWidth;
            int plane = chromaStride * frame.Height;
            if (_chroma.Length < 2 * plane)
                _chroma = GC.AllocateUninitializedArray<byte>(2 * plane, pinned: true);
            u = _chroma.AsSpan(0, plane);
            v = _chroma.AsSpan(plane, plane);
            Upsample(frame.U, frame.ChromaStride, frame.Format.ChromaWidth, u, chromaStride, frame.Height);
            Upsample(frame.V, frame.ChromaStride, frame.Format.ChromaWidth, v, chromaStride, frame.Height);
        }

        fixed (byte* yPlane = frame.Y)
        fixed (byte* uPlane = u)
        fixed (byte* vPlane = v)
        {
            byte** planes = stackalloc byte*[3] { yPlane, uPlane, vPlane };
            int* strides = stackalloc int[3] { frame.LumaStride, chromaStride, chromaStride };
            int length = TurboJpeg.CompressFromYuvPlanes(
                _handle, planes, strides, frame.Width, frame.Height, (int)Subsampling, _output, Quality, 0);
            if (length < 0)
                throw new InvalidOperationException($"JPEG encoding failed: {TurboJpeg.GetErrorString(_handle)}");
            return _output.AsSpan(0, length);
        }
    }

    /// <summary>
    /// Repeats each 4:2:0 chroma row for two rows (4:2:2), and each sample for two columns when the
    /// destination is as wide as the picture (4:4:4).
    /// </summary>
    private static void Upsample(
        ReadOnlySpan<byte> source, int sourceStride, int sourceWidth, Span<byte> destination, int width, int rows)
    {
        bool repeatColumns = width > sourceWidth;
        for (int row = 0; row < rows; row++)
        {
            ReadOnlySpan<byte> from = source.Slice(row / 2 * sourceStride, sourceWidth);
            Span<byte> to = destination.Slice(row * width, width);
            if (!repeatColumns)
            {
                from.CopyTo(to);
                continue;
            }
            for (int x = 0; x < width; x++)
                to[x] = from[x / 2];
        }
    }

    public void Dispose() => _handle.Dispose();
}
