using Fakecam.DBus;

namespace Fakecam.Tests.DBus;

public sealed class DBusVariantTests
{
    [Theory]
    [InlineData("d", "0.6", "d", "0.6")]
    [InlineData("b", "on", "b", "true")]
    [InlineData("b", "No", "b", "false")]
    [InlineData("u", "30", "u", "30")]
    [InlineData("i", "-4", "i", "-4")]
    [InlineData("s", "landscape", "s", "landscape")]
    public void ParsesTypedText(string signature, string text, string parsedSignature, string rendered)
    {
        DBusVariant value = DBusVariant.Parse(signature, text);
        Assert.Equal(parsedSignature, value.Signature);
        Assert.Equal(rendered, value.ToString());
    }

    [Theory]
    [InlineData("u", "-1", "a whole number of 0 or more")]
    [InlineData("d", "fast", "a number")]
    [InlineData("b", "maybe", "a boolean")]
    public void RejectsTextThatIsNotOfTheType(string signature, string text, string explanation)
    {
        var error = Assert.Throws<FormatException>(() => DBusVariant.Parse(signature, text));
        Assert.Contains(explanation, error.Message);
    }

    [Fact]
    public void AnArrayRefusesItemsOfAnotherType() =>
        Assert.Throws<ArgumentException>(() => DBusVariant.Array("u", [1u, "two"]));

    [Fact]
    public void AccessorsRefuseOtherTypes()
    {
        DBusVariant value = 30u;
        Assert.Equal(30u, value.AsUInt32());
        var error = Assert.Throws<InvalidCastException>(() => value.AsInt32());
        Assert.Contains("\"u\"", error.Message);
    }

    [Fact]
    public void DictionariesUnwrapTheirVariants()
    {
        DBusVariant dictionary = DBusVariant.Dictionary(new Dictionary<string, DBusVariant> { ["fps"] = 30u, ["mirror"] = true });
        Assert.Equal("a{sv}", dictionary.Signature);
        Assert.True(dictionary.AsDictionary()["mirror"].AsBoolean());
        Assert.Equal("{fps: 30, mirror: true}", dictionary.ToString());
    }
}
