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
    private readonly float[] _y;
    private readonly float[] _u;
    private readonly float[] _v;

    public ModelInputConverter(FrameFormat format, int width, int height)
    {
        Format = format;
        Width = width;
        Height = height;
        _luma = new PlaneResampler(format.Width, format.Height, width, height);
        _chroma = new PlaneResampler(format.ChromaWidth, format.ChromaHeight, width, height);
        _y = new float[width * height];
        _u = new float[width * height];
        _v = new float[width * height];
    }

    public FrameFormat Format { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>
    /// The luma of the last converted frame at the model size (0..255, row-major): the guide the mask
    /// refiner needs, so it does not downscale the same frame again.
    /// </summary>
    public ReadOnlySpan<float> Luma => _y;

    /// <summary>Floats in one input tensor: Width × Height × 3.</summary>
    public int TensorLength => Width * Height * 3;

    public void Convert(VideoFrame frame, Span<float> tensor)
    {
        if (frame.Width != Format.Width || frame.Height != Format.Height)
            throw new ArgumentException($"Frame is {frame.Width}x{frame.Height}, converter expects {Format.Width}x{Format.Height}.", nameof(frame));
        if (tensor.Length < TensorLength)
            throw new ArgumentException($"Tensor holds {tensor.Length} floats, needs {TensorLength}.", nameof(tensor));
        _luma.Resample(frame.Y, frame.LumaStride, _y);
        _chroma.Resample(frame.U, frame.ChromaStride, _u);
        _chroma.Resample(frame.V, frame.ChromaStride, _v);
        YuvToRgb.Convert(_y, _u, _v, tensor);
    }
}
