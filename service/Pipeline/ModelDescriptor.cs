namespace Fakecam.Daemon.Pipeline;

/// <summary>A segmentation model file and the conventions of its input and output.</summary>
/// <param name="Name">Short name users choose it by, e.g. "landscape".</param>
/// <param name="Path">The .onnx file.</param>
/// <param name="InputWidth">Model input width in pixels (the frame is stretched to it).</param>
/// <param name="InputHeight">Model input height in pixels.</param>
public sealed record ModelDescriptor(string Name, string Path, int InputWidth, int InputHeight)
{
    public int InputPixels => InputWidth * InputHeight;
}
