using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Tests.Pipeline;

public class BackgroundSpecTests
{
    [Fact]
    public void Every_documented_form_parses()
    {
        Assert.Equal(new BackgroundSpec(BackgroundKind.Blur), BackgroundSpec.Parse("blur"));
        Assert.Equal(0.75, BackgroundSpec.Parse("blur=0.75").BlurStrength);
        Assert.Equal("/tmp/beach.jpg", BackgroundSpec.Parse("image=/tmp/beach.jpg").ImagePath);
        Assert.Equal("#00ff80", BackgroundSpec.Parse("color=#00FF80").Color);
        Assert.Equal(BackgroundKind.None, BackgroundSpec.Parse("none").Kind);
    }

    [Theory]
    [InlineData("blur=2", "from 0 to 1")]
    [InlineData("blur=lots", "from 0 to 1")]
    [InlineData("color=green", "#rrggbb")]
    [InlineData("color=#12345", "#rrggbb")]
    [InlineData("image=", "blur[=S], image=PATH")]
    [InlineData("sepia", "blur[=S], image=PATH")]
    [InlineData("none=1", "blur[=S], image=PATH")]
    public void Bad_forms_say_what_is_accepted(string text, string message)
    {
        var exception = Assert.Throws<FormatException>(() => BackgroundSpec.Parse(text));
        Assert.Contains(message, exception.Message);
    }
}
