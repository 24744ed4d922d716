namespace Fakecam.Daemon.Segmentation;

/// <summary>
/// A model descriptor file (*.json in a models folder) as written, before validation:
/// <c>{"name":"landscape","file":"selfie_segmentation_landscape.onnx","input":{"name":"input_1","width":256,
/// "height":144,"layout":"NHWC","color":"RGB","range":[0,1]},"output":{"name":"…","kind":"probability"}}</c>.
/// </summary>
internal sealed class ModelDescriptorDocument
{
    public string? Name { get; set; }

    /// <summary>The .onnx file, relative to the descriptor's folder.</summary>
    public string? File { get; set; }

    public InputSection? Input { get; set; }

    public OutputSection? Output { get; set; }

    internal sealed class InputSection
    {
        public string? Name { get; set; }

        public int Width { get; set; }

        public int Height { get; set; }

        /// <summary>"NHWC" or "NCHW".</summary>
        public string? Layout { get; set; }

        /// <summary>"RGB" or "BGR".</summary>
        public string? Color { get; set; }

        /// <summary>The values of black and of full intensity, e.g. [0,1] or [-1,1].</summary>
        public float[]? Range { get; set; }
    }

    internal sealed class OutputSection
    {
        public string? Name { get; set; }

        /// <summary>"probability" or "logit".</summary>
        public string? Kind { get; set; }
    }
}
