using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Video;

/// <summary>
/// Decodes JPEG images straight to planar YUV (no RGB step) into I420 frames, with the fast DCT.
/// 4:2:0 lands in the frame directly; a 4:2:2 Cb plane is decoded over the frame's chroma planes and halved
/// in place, 4:2:2 Cr and 4:4:4 chroma go through a scratch buffer kept between calls, so steady-state decoding
/// allocates nothing. Images the decoder warns about are rejected
/// as damaged, except for padding before EOI. Not thread-safe: one decoder per thread.
/// </summary>
public sealed class JpegDecoder : IDisposable
{
    private readonly SafeTurboJpegHandle _handle = TurboJpeg.InitDecompress();
    private byte[] _chroma = [];

    /// <summary>Reads the size and subsampling of a JPEG without decoding it.</summary>
    public (int Width, int Height, JpegSubsampling Subsampling) ReadHeader(ReadOnlySpan<byte> jpeg)
    {
        if (!TurboJpeg.TryDecompressHeader(_handle, jpeg, out int width, out int height, out int subsampling))
            throw new JpegFrameRejectedException(JpegRejection.Corrupt, $"Unreadable JPEG header: {TurboJpeg.GetErrorString(_handle)}");
        return (width, height, (JpegSubsampling)subsampling);
    }

    /// <summary>
    /// Decodes <paramref name="jpeg"/> into <paramref name="destination"/>. Throws <see cref="JpegFrameRejectedException"/>
    /// when the image is damaged, differs in size from the frame, or has a subsampling I420 cannot take.
    /// </summary>
    public unsafe void Decode(ReadOnlySpan<byte> jpeg, VideoFrame destination)
    {
        (int width, int height, JpegSubsampling subsampling) = ReadHeader(jpeg);
        if (width != destination.Width || height != destination.Height)
        {
            throw new JpegFrameRejectedException(
                JpegRejection.WrongSize, $"JPEG is {width}x{height}, the stream is {destination.Width}x{destination.Height}.");
        }

        int chromaWidth = subsampling == JpegSubsampling.Yuv444 ? width : destination.Format.ChromaWidth;
        int chromaRows = subsampling == JpegSubsampling.Yuv420 ? destination.Format.ChromaHeight : height;
        bool direct = subsampling is JpegSubsampling.Yuv420 or JpegSubsampling.Gray;
        if (!direct && subsampling is not (JpegSubsampling.Yuv422 or JpegSubsampling.Yuv444))
            throw new JpegFrameRejectedException(JpegRejection.UnsupportedSubsampling, $"JPEG chroma subsampling {subsampling} is not supported.");
        int chromaPlane = chromaWidth * chromaRows;
        // A 4:2:2 Cb plane fits where the frame's Cb and Cr planes lie one after the other, and is averaged in
        // place into Cb before Cr is written: only Cr needs the scratch buffer.
        bool cbInFrame = subsampling == JpegSubsampling.Yuv422 && destination.ChromaStride == chromaWidth
            && chromaPlane <= 2 * destination.Format.ChromaSize;
        int scratch = direct ? 0 : cbInFrame ? chromaPlane : 2 * chromaPlane;
        if (_chroma.Length < scratch)
            _chroma = GC.AllocateUninitializedArray<byte>(scratch, pinned: true);

        Span<byte> u = direct ? destination.U
            : cbInFrame ? destination.Packed.Slice(destination.Format.LumaSize, chromaPlane)
            : _chroma.AsSpan(0, chromaPlane);
        Span<byte> v = direct ? destination.V : _chroma.AsSpan(cbInFrame ? 0 : chromaPlane, chromaPlane);
        fixed (byte* yPlane = destination.Y)
        fixed (byte* uPlane = u)
        fixed (byte* vPlane = v)
        {
            byte** planes = stackalloc byte*[3] { yPlane, uPlane, vPlane };
            int* strides = stackalloc int[3] { destination.LumaStride, direct ? destination.ChromaStride : chromaWidth, direct ? destination.ChromaStride : chromaWidth };
            if (!TurboJpeg.DecompressToYuvPlanes(_handle, jpeg, planes, strides, width, height, TurboJpeg.TJFLAG_FASTDCT)
                && !IsHarmlessWarning())
            {
                string kind = TurboJpeg.LastErrorIsWarning(_handle) ? "Damaged JPEG" : "Undecodable JPEG";
                throw new JpegFrameRejectedException(JpegRejection.Corrupt, $"{kind}: {TurboJpeg.GetErrorString(_handle)}");
            }
        }

        switch (subsampling)
        {
            case JpegSubsampling.Gray:
                destination.U.Fill(128);
                destination.V.Fill(128);
                break;
            case JpegSubsampling.Yuv422:
                ChromaResampling.AverageRowPairs(u, chromaWidth, chromaWidth, chromaRows, destination.U, destination.ChromaStride);
                ChromaResampling.AverageRowPairs(v, chromaWidth, chromaWidth, chromaRows, destination.V, destination.ChromaStride);
                break;
            case JpegSubsampling.Yuv444:
                ChromaResampling.Downsample2x2(u, chromaWidth, chromaWidth, chromaRows, destination.U, destination.ChromaStride);
                ChromaResampling.Downsample2x2(v, chromaWidth, chromaWidth, chromaRows, destination.V, destination.ChromaStride);
                break;
        }
    }

    /// <summary>
    /// Some cameras pad every frame with a few bytes before EOI; libjpeg warns ("extraneous bytes before
    /// marker") but has decoded the whole image, so such frames are kept. Any other warning means lost data.
    /// </summary>
    private bool IsHarmlessWarning() =>
        TurboJpeg.LastErrorIsWarning(_handle) && TurboJpeg.ErrorContains(_handle, "extraneous bytes before marker"u8);

    public void Dispose() => _handle.Dispose();
}
