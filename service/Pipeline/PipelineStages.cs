using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Refinement;
using Fakecam.Daemon.Segmentation;

namespace Fakecam.Daemon.Pipeline;

/// <summary>The stages of one pipeline built from names and options, disposed together.</summary>
public sealed class PipelineStages : IDisposable
{
    private PipelineStages(OnnxSegmenter segmenter, FramePipeline pipeline)
    {
        Segmenter = segmenter;
        Pipeline = pipeline;
    }

    public FramePipeline Pipeline { get; }

    public ISegmenter Segmenter { get; }

    public static PipelineStages Create(FrameFormat format, string modelName, BackgroundSpec background,
        MaskRefinementOptions? refinement = null)
    {
        ICompositor compositor = Compositors.Create(background, format);
        var segmenter = new OnnxSegmenter(ModelCatalog.Default().Get(modelName));
        var pipeline = new FramePipeline(format, segmenter, new GuidedMaskRefiner(refinement), compositor, new PipelineStatistics());
        return new PipelineStages(segmenter, pipeline);
    }

    public void Dispose()
    {
        Pipeline.Dispose();
        Segmenter.Dispose();
    }
}
