using BenchmarkDotNet.Attributes;
using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Refinement;

namespace Fakecam.Benchmarks;

/// <summary>Each per-frame stage of the pixel work at 720p and 1080p, model 256×144.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private static readonly ModelDescriptor Model = new("landscape", "unused.onnx", 256, 144);

    private VideoFrame _source = null!;
    private VideoFrame _frame = null!;
    private AlphaMask _mask = null!;
    private AlphaMask _refined = null!;
    private float[] _probabilities = null!;
    private float[] _tensor = null!;
    private ModelInputConverter _converter = null!;
    private GuidedMaskRefiner _refiner = null!;
    private GuidedMaskRefiner _plainRefiner = null!;
    private BlurCompositor _blur = null!;
    private ImageCompositor _image = null!;
    private ColorCompositor _color = null!;

    [Params(720, 1080)]
    public int Height { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        FrameFormat format = FrameFixtures.Format(Height);
        _source = FrameFixtures.Frame(format);
        _frame = VideoFrame.Allocate(format);
        _source.CopyTo(_frame);
        _mask = FrameFixtures.Mask(format);
        _refined = new AlphaMask(format);
        _probabilities = FrameFixtures.Probabilities(Model.InputWidth, Model.InputHeight, format);
        _converter = new ModelInputConverter(format, Model.InputWidth, Model.InputHeight);
        _tensor = new float[_converter.TensorLength];
        _refiner = new GuidedMaskRefiner();
        _plainRefiner = new GuidedMaskRefiner(new MaskRefinementOptions { EdgeRefinement = false });
        _blur = new BlurCompositor(0.7);
        _image = new ImageCompositor(FrameFixtures.Frame(new FrameFormat(1600, 1200, 30, 1)));
        _color = new ColorCompositor(YuvColor.Parse("#3060a0"));
        _converter.Convert(_source, _tensor);
        // Warm-up: buffers are allocated on the first frame.
        _refiner.Refine(_probabilities, Model, _source, _refined, _converter.Coarse);
        _plainRefiner.Refine(_probabilities, Model, _source, _refined);
        _blur.Compose(_frame, _mask, _converter.Coarse);
        _image.Compose(_frame, _mask, _converter.Coarse);
    }

    [Benchmark]
    public void ModelInput() => _converter.Convert(_source, _tensor);

    [Benchmark]
    public void RefineGuided() => _refiner.Refine(_probabilities, Model, _source, _refined);

    /// <summary>As the pipeline runs it: the guide is the model input's luma, the coarse alpha is written too.</summary>
    [Benchmark]
    public void RefineGuidedSharedGuide() => _refiner.Refine(_probabilities, Model, _source, _refined, _converter.Coarse);

    /// <summary>The model-resolution half of refinement: smoothing, threshold, closing, the guided filter's coefficients.</summary>
    [Benchmark]
    public void RefineFit() => _refiner.Fit(_probabilities, Model, _source, _converter.Coarse);

    /// <summary>The full-resolution half: alpha = a·Y + b over the whole frame, and the chroma alpha.</summary>
    [Benchmark]
    public void RefineRender() => _refiner.Render(_source, _refined, 0);

    [Benchmark]
    public void RefineWithoutEdges() => _plainRefiner.Refine(_probabilities, Model, _source, _refined);

    [Benchmark]
    public void BlurComposite() => _blur.Compose(_frame, _mask, _converter.Coarse);

    [Benchmark]
    public void ImageComposite() => _image.Compose(_frame, _mask, _converter.Coarse);

    [Benchmark]
    public void ColorComposite() => _color.Compose(_frame, _mask, _converter.Coarse);

    [Benchmark]
    public void BlendLumaPlane() => Blend.Plane(_frame.Y, _source.Y, _mask.Luma);

    /// <summary>Everything this project adds per frame besides decode and inference, with a blurred background.</summary>
    [Benchmark]
    public void ConvertRefineBlur()
    {
        _converter.Convert(_source, _tensor);
        _refiner.Refine(_probabilities, Model, _source, _refined, _converter.Coarse);
        _blur.Compose(_frame, _refined, _converter.Coarse);
    }
}
