namespace Fakecam.Daemon.Pipeline;

/// <summary>Person segmentation: model input tensor in, person probability per model pixel out.</summary>
public interface ISegmenter : IDisposable
{
    /// <summary>What the model expects and returns.</summary>
    ModelDescriptor Model { get; }

    /// <summary>
    /// A new input buffer (Model.InputWidth × InputHeight × 3 floats, zeros) that <see cref="Segment"/> reads
    /// where it is, when the model takes NHWC RGB [0,1] as it is, instead of copying it into the model's own
    /// input first. A caller that writes an input every frame should write it into one of these.
    /// </summary>
    float[] CreateInputBuffer();

    /// <summary>
    /// Runs the model on <paramref name="input"/> (NHWC float RGB in [0,1], Model.InputWidth × InputHeight × 3)
    /// and writes the person probability of each model pixel into <paramref name="probabilities"/>
    /// (Model.InputWidth × InputHeight, row-major).
    /// </summary>
    void Segment(ReadOnlySpan<float> input, Span<float> probabilities);
}
