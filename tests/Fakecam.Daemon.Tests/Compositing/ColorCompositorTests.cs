using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Tests.Compositing;

public class ColorCompositorTests
{
    [Theory]
    [InlineData("#000000", 0, 128, 128)]
    [InlineData("#ffffff", 255, 128, 128)]
    [InlineData("#FF0000", 76, 85, 255)]
    [InlineData("#00ff00", 150, 44, 21)]
    [InlineData("#0000ff", 29, 255, 107)]
    public void Colours_convert_with_full_range_bt601(string text, int y, int u, int v) =>
        Assert.Equal(new YuvColor((byte)y, (byte)u, (byte)v), YuvColor.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#1234567")]
    [InlineData("#12345g")]
    [InlineData("123456#")]
    public void Malformed_colours_are_refused(string text)
    {
        Assert.False(YuvColor.TryParse(text, out _));
        Assert.Throws<FormatException>(() => YuvColor.Parse(text));
    }

    [Fact]
    public void The_person_is_kept_and_the_background_becomes_the_colour()
    {
        (VideoFrame frame, AlphaMask mask) = MaskedFrames.WithPerson(640, 360, (x, _) => x < 320, 180, 60, u: 110, v: 140);
        using (frame)
        {
            YuvColor green = YuvColor.Parse("#00ff00");
            new ColorCompositor(green).Compose(frame, mask, MaskedFrames.Coarse(frame, mask));
            for (int y = 0; y < 360; y++)
            {
                Assert.All(frame.Y.Slice(y * 640, 320).ToArray(), p => Assert.Equal(180, p));
                Assert.All(frame.Y.Slice(y * 640 + 320, 320).ToArray(), p => Assert.Equal(green.Y, p));
            }
            for (int y = 0; y < 180; y++)
            {
                Assert.All(frame.U.Slice(y * 320, 160).ToArray(), p => Assert.Equal(110, p));
                Assert.All(frame.V.Slice(y * 320, 160).ToArray(), p => Assert.Equal(140, p));
                Assert.All(frame.U.Slice(y * 320 + 160, 160).ToArray(), p => Assert.Equal(green.U, p));
                Assert.All(frame.V.Slice(y * 320 + 160, 160).ToArray(), p => Assert.Equal(green.V, p));
            }
        }
    }

    [Fact]
    public void Pass_through_changes_nothing()
    {
        (VideoFrame frame, AlphaMask mask) = MaskedFrames.WithPerson(64, 36, (x, _) => x < 20, 180, 60);
        byte[] before = frame.Packed.ToArray();
        new PassThroughCompositor().Compose(frame, mask, MaskedFrames.Coarse(frame, mask));
        Assert.Equal(before, frame.Packed.ToArray());
    }
}
