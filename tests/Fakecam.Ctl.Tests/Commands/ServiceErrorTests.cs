using Fakecam.Api;
using Fakecam.Ctl.Tests.Bus;
using Fakecam.DBus;

namespace Fakecam.Ctl.Tests.Commands;

/// <summary>Each error the API defines becomes an exit code and a message that says what to do.</summary>
[Collection(ApiCollection.Name)]
public sealed class ServiceErrorTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string NotAllowed = "fakecamctl: Not allowed: changing Fakecam needs an active local session or administrator "
        + "rights (polkit action org.fakecam.Fakecam1.configure).\n";

    [Theory]
    [InlineData(FakecamBus.Errors.NotAuthorized)]
    [InlineData(DBusErrorNames.AccessDenied)]
    public void RefusedAuthorisationExitsThreeNamingThePolkitAction(string error)
    {
        Api.Failure = (error, "denied");

        CtlResult result = Run("enable");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(NotAllowed, result.Stderr);
    }

    [Theory]
    [InlineData(FakecamBus.Errors.TooLarge, "The image is 12000x8000 pixels.", 1,
        "Too large: The image is 12000x8000 pixels. Backgrounds are limited to 64 MiB and 40 megapixels.")]
    [InlineData(FakecamBus.Errors.UnsupportedFormat, "The file is not an image or video Fakecam can read.", 1,
        "Unsupported file: The file is not an image or video Fakecam can read. Accepted: images JPEG, PNG or WebP; videos MP4, WebM, MKV, MOV or animated GIF.")]
    [InlineData(FakecamBus.Errors.InvalidArgument, "No camera has the id 'x'.", 2, "Fakecam refused the value: No camera has the id 'x'.")]
    [InlineData(FakecamBus.Errors.NoCamera, "No camera is connected.", 1, "No camera: No camera is connected. Plug one in, or list them with 'fakecamctl cameras'")]
    [InlineData(FakecamBus.Errors.Busy, "A background is still being loaded.", 1, "Fakecam is busy: A background is still being loaded. Try again in a moment.")]
    [InlineData("org.example.Strange", "Something odd.", 1, "Fakecam failed: Something odd (org.example.Strange). See: journalctl -u fakecamd")]
    public void ServiceErrorsKeepTheServicesWordsAndAddWhatToDo(string error, string message, int exitCode, string expected)
    {
        Api.Failure = (error, message);

        CtlResult result = Run("set-background", "--blur=0.4");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith("fakecamctl: " + expected, result.Stderr);
        Assert.False(File.Exists(Ctl.ChoicePath));
    }
}
