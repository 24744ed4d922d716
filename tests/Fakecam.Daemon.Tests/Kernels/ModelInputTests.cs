using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public class ModelInputTests
{
    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Colour_conversion_vector_equals_scalar(int length)
    {
        float[] y = KernelData.Floats(length, 1, 0, 255), u = KernelData.Floats(length, 2, 0, 255), v = KernelData.Floats(length, 3, 0, 255);
        float[] vector = new float[3 * length], scalar = new float[3 * length];
        YuvToRgb.Convert(y, u, v, vector);
        YuvToRgb.ConvertScalar(y, u, v, scalar);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [InlineData(1280, 720, 256, 144)]
    [InlineData(1920, 1080, 256, 144)]
    [InlineData(1280, 720, 256, 256)]
    [InlineData(641, 479, 256, 256)]
    public void A_uniform_frame_gives_its_exact_rgb_everywhere(int width, int height, int modelWidth, int modelHeight)
    {
        // Full-range BT.601: Y 120, U 90, V 170 is R 178.884, G 103.083, B 52.664.
        using VideoFrame frame = Uniform(width, height, 120, 90, 170);
        var converter = new ModelInputConverter(frame.Format, modelWidth, modelHeight);
        var tensor = new float[converter.TensorLength];
        converter.Convert(frame, tensor);
        for (int i = 0; i < tensor.Length; i += 3)
        {
            Assert.Equal(178.884f / 255, tensor[i], 1e-4f);
            Assert.Equal(103.083456f / 255, tensor[i + 1], 1e-4f);
            Assert.Equal(52.664f / 255, tensor[i + 2], 1e-4f);
        }
    }

    [Theory]
    [InlineData(1280, 720, 256, 144)]
    [InlineData(1920, 1080, 256, 256)]
    public void Left_white_right_black_stays_split_down_the_middle(int width, int height, int modelWidth, int modelHeight)
    {
        using VideoFrame frame = Uniform(width, height, 0, 128, 128);
        for (int y = 0; y < height; y++)
            frame.Y.Slice(y * frame.LumaStride, width / 2).Fill(255);
        var converter = new ModelInputConverter(frame.Format, modelWidth, modelHeight);
        var tensor = new float[converter.TensorLength];
        converter.Convert(frame, tensor);
        for (int y = 0; y < modelHeight; y++)
        {
            for (int x = 0; x < modelWidth; x++)
            {
                float expected = x < modelWidth / 2 ? 1f : 0f;
                for (int c = 0; c < 3; c++)
                    Assert.Equal(expected, tensor[(y * modelWidth + x) * 3 + c], 1e-5f);
            }
        }
    }

    [Fact]
    public void A_fine_stripe_pattern_averages_instead_of_aliasing()
    {
        // Alternating black and white columns: a point sampler would see only one of the two colours.
        using VideoFrame frame = Uniform(1920, 1080, 0, 128, 128);
        for (int i = 0; i < frame.Y.Length; i += 2)
            frame.Y[i] = 255;
        var converter = new ModelInputConverter(frame.Format, 256, 144);
        var tensor = new float[converter.TensorLength];
        converter.Convert(frame, tensor);
        Assert.All(tensor, v => Assert.Equal(0.5f, v, 0.035f));
    }

    [Fact]
    public void Converting_allocates_nothing_after_the_first_frame()
    {
        using VideoFrame frame = Uniform(1280, 720, 100, 100, 100);
        var converter = new ModelInputConverter(frame.Format, 256, 144);
        var tensor = new float[converter.TensorLength];
        SteadyState.AssertAllocationFree(() => converter.Convert(frame, tensor));
    }

    internal static VideoFrame Uniform(int width, int height, byte y, byte u, byte v)
    {
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(width, height, 30, 1));
        frame.Y.Fill(y);
        frame.U.Fill(u);
        frame.V.Fill(v);
        return frame;
    }
}
