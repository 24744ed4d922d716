namespace Fakecam.Daemon.Pipeline;

/// <summary>A segmentation model file and the conventions of its input and output.</summary>
/// <param name="Name">Short name users choose it by, e.g. "landscape".</param>
/// <param name="Path">The .onnx file.</param>
/// <param name="InputWidth">Model input width in pixels (the frame is stretched to it).</param>
/// <param name="InputHeight">Model input height in pixels.</param>
/// <remarks>The defaults of the other properties are those of MediaPipe's selfie segmentation models.</remarks>
public sealed record ModelDescriptor(string Name, string Path, int InputWidth, int InputHeight)
{
    public int InputPixels => InputWidth * InputHeight;

    /// <summary>Name of the model's image input.</summary>
    public string InputName { get; init; } = "input_1";

    /// <summary>Order of the input tensor's dimensions.</summary>
    public TensorLayout InputLayout { get; init; } = TensorLayout.Nhwc;

    /// <summary>Order of the colour channels the model expects.</summary>
    public ColorOrder InputColor { get; init; } = ColorOrder.Rgb;

    /// <summary>The value the model expects for a channel at 0 (black).</summary>
    public float InputMin { get; init; }

    /// <summary>The value the model expects for a channel at full intensity.</summary>
    public float InputMax { get; init; } = 1f;

    /// <summary>Name of the mask output, or null when the model has a single output.</summary>
    public string? OutputName { get; init; }

    /// <summary>Whether the output is already a probability or a logit that still needs a sigmoid.</summary>
    public MaskOutputKind OutputKind { get; init; } = MaskOutputKind.Probability;
}

/// <summary>Dimension order of an image tensor with batch N, channels C, height H, width W.</summary>
public enum TensorLayout
{
    Nhwc,
    Nchw,
}

/// <summary>Order of the colour channels in an image tensor.</summary>
public enum ColorOrder
{
    Rgb,
    Bgr,
}

/// <summary>What a segmentation model outputs per pixel.</summary>
public enum MaskOutputKind
{
    /// <summary>The person probability in [0,1].</summary>
    Probability,

    /// <summary>A logit: probability = 1 / (1 + e^-x).</summary>
    Logit,
}
