using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Tests.Interop;

public class PngImageLayoutTests
{
    [Fact]
    public unsafe void Png_image_mirrors_png_h_on_x86_64()
    {
        Assert.Equal(104, sizeof(Png.PngImage));
        Png.PngImage image = default;
        byte* start = (byte*)&image;
        Assert.Equal(8, (byte*)&image.Version - start);
        Assert.Equal(32, (byte*)&image.WarningOrError - start);
        Assert.Equal(36, image.Message - start);
    }
}
