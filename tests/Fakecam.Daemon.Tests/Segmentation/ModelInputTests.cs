using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Segmentation;

namespace Fakecam.Daemon.Tests.Segmentation;

public class ModelInputTests
{
    // Two pixels, RGB: (0.1, 0.2, 0.3) and (0.4, 0.5, 0.6).
    private static readonly float[] Image = [0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f];

    private static readonly ModelDescriptor TwoPixels = new("two", "/dev/null", 2, 1);

    [Fact]
    public void NHWC_RGB_0_to_1_is_passed_through()
    {
        var tensor = new float[6];

        ModelInput.Write(Image, tensor, TwoPixels);

        Assert.Equal(Image, tensor);
    }

    [Fact]
    public void BGR_swaps_red_and_blue()
    {
        var tensor = new float[6];

        ModelInput.Write(Image, tensor, TwoPixels with { InputColor = ColorOrder.Bgr });

        Assert.Equal([0.3f, 0.2f, 0.1f, 0.6f, 0.5f, 0.4f], tensor);
    }

    [Fact]
    public void NCHW_puts_each_channel_in_its_own_plane()
    {
        var tensor = new float[6];

        ModelInput.Write(Image, tensor, TwoPixels with { InputLayout = TensorLayout.Nchw });

        Assert.Equal([0.1f, 0.4f, 0.2f, 0.5f, 0.3f, 0.6f], tensor);
    }

    [Fact]
    public void The_range_maps_black_and_full_intensity()
    {
        var tensor = new float[6];

        ModelInput.Write([0f, 1f, 0.5f, 0f, 0f, 0f], tensor, TwoPixels with { InputMin = -1f, InputMax = 1f });

        Assert.Equal([-1f, 1f, 0f, -1f, -1f, -1f], tensor);
    }
}
