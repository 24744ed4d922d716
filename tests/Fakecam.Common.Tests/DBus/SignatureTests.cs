using Fakecam.DBus;

namespace Fakecam.Tests.DBus;

public sealed class SignatureTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("s", 1)]
    [InlineData("hs", 2)]
    [InlineData("a(sssa(uuu))", 1)]
    [InlineData("sa{sv}as", 3)]
    [InlineData("ybnqiuxtdsog", 12)]
    [InlineData("(uuu)u", 2)]
    public void CountsCompleteTypes(string signature, int count) => Assert.Equal(count, Signature.CountCompleteTypes(signature));

    [Theory]
    [InlineData("a")]
    [InlineData("(uu")]
    [InlineData("z")]
    public void RejectsInvalidSignatures(string signature) =>
        Assert.Throws<ArgumentException>(() => Signature.CountCompleteTypes(signature));

    [Fact]
    public void AMethodNeedsANameForEachArgument() =>
        Assert.Throws<ArgumentException>(() => new DBusInterface("org.fakecam.Test1")
            .AddMethod("SetResolution", "uuu", "", ["width", "height"], [], static (ref MethodCall _) => { }));
}
