using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Converts I420 frames of one format to the model input: NHWC float RGB in [0, 1] at the model size, the
/// whole frame stretched to it (as the model was trained), area-filtered so that downscaling by 5, 7.5 or
/// unequal factors per axis does not alias. Colour matrix: full-range BT.601 (<see cref="YuvToRgb"/>).
/// Not thread-safe; allocation-free per frame.
/// </summary>
public sealed class ModelInputConverter
{
    private readonly PlaneResampler _luma;
    private readonly PlaneResampler _chroma;

    public ModelInputConverter(FrameFormat format, int width, int height)
    {
        Format = format;
        Width = width;
        Height = height;
        _luma = new PlaneResampler(format.Width, format.Height, width, height);
        _chroma = new PlaneResampler(format.ChromaWidth, format.ChromaHeight, width, height);
        Coarse = new CoarseFrame(width, height);
    }

    public FrameFormat Format { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>
    /// The last converted frame at the model size (Y, U and V; its alpha is the mask refiner's to write), so
    /// the refiner and the compositor do not downscale the same frame again.
    /// </summary>
    public CoarseFrame Coarse { get; }

    /// <summary>Floats in one input tensor: Width × Height × 3.</summary>
    public int TensorLength => Width * Height * 3;

    public void Convert(VideoFrame frame, Span<float> tensor)
    {
        if (frame.Width != Format.Width || frame.Height != Format.Height)
            throw new ArgumentException($"Frame is {frame.Width}x{frame.Height}, converter expects {Format.Width}x{Format.Height}.", nameof(frame));
        if (tensor.Length < TensorLength)
            throw new ArgumentException($"Tensor holds {tensor.Length} floats, needs {TensorLength}.", nameof(tensor));
        _luma.Resample(frame.Y, frame.LumaStride, Coarse.Y);
        _chroma.Resample(frame.U, frame.ChromaStride, Coarse.U);
        _chroma.Resample(frame.V, frame.ChromaStride, Coarse.V);
        YuvToRgb.Convert(Coarse.Y, Coarse.U, Coarse.V, tensor);
    }
}
