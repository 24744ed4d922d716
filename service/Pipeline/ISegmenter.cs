namespace Fakecam.Daemon.Pipeline;

/// <summary>Person segmentation: model input tensor in, person probability per model pixel out.</summary>
public interface ISegmenter : IDisposable
{
    /// <summary>What the model expects and returns.</summary>
    ModelDescriptor Model { get; }

    /// <summary>
    /// Runs the model on <paramref name="input"/> (NHWC float RGB in [0,1], Model.InputWidth × InputHeight × 3)
    /// and writes the person probability of each model pixel into <paramref name="probabilities"/>
    /// (Model.InputWidth × InputHeight, row-major).
    /// </summary>
    void Segment(ReadOnlySpan<float> input, Span<float> probabilities);
}
