using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Refinement;
using Fakecam.Daemon.Tests.Kernels;

namespace Fakecam.Daemon.Tests.Compositing;

/// <summary>Every stage on frames that are tiny, odd-sized or smaller than the model.</summary>
public class OddSizeTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 5)]
    [InlineData(33, 17)]
    [InlineData(160, 120)]
    [InlineData(641, 359)]
    public void A_person_on_the_left_half_survives_every_stage(int width, int height)
    {
        var format = new FrameFormat(width, height, 30, 1);
        var model = new ModelDescriptor("general", "unused.onnx", 256, 256);
        using VideoFrame frame = ModelInputTests.Uniform(width, height, 200, 100, 150);
        var converter = new ModelInputConverter(format, model.InputWidth, model.InputHeight);
        var tensor = new float[converter.TensorLength];
        converter.Convert(frame, tensor);
        Assert.All(tensor, v => Assert.InRange(v, 0f, 1f));

        var probabilities = new float[model.InputPixels];
        for (int i = 0; i < probabilities.Length; i++)
            probabilities[i] = i % 256 < 128 ? 1f : 0f;
        var mask = new AlphaMask(format);
        new GuidedMaskRefiner().Refine(probabilities, model, frame, mask, converter.Coarse);
        if (width >= 33)
        {
            Assert.Equal(255, mask.Luma[height / 2 * width + width / 8]);
            Assert.Equal(0, mask.Luma[height / 2 * width + width * 7 / 8]);
        }

        foreach (ICompositor compositor in new ICompositor[]
        {
            new BlurCompositor(1), new BlurCompositor(0), new ColorCompositor(YuvColor.Parse("#102030")),
            new ImageCompositor(ModelInputTests.Uniform(7, 3, 50, 60, 70)), new PassThroughCompositor(),
        })
        {
            using VideoFrame copy = VideoFrame.Allocate(format);
            frame.CopyTo(copy);
            compositor.Compose(copy, mask, converter.Coarse);
            for (int i = 0; i < mask.Luma.Length; i++)
                if (mask.Luma[i] == 255)
                    Assert.Equal(200, copy.Y[i]);
            compositor.Dispose();
        }
    }
}
