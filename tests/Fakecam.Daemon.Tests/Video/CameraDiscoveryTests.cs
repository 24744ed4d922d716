using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Video;

/// <summary>Camera ids resolved against a /dev tree laid out like udev's, made of ordinary files and links.</summary>
public sealed class CameraDiscoveryTests : IDisposable
{
    private readonly string _dev = Directory.CreateTempSubdirectory("fakecam-dev-").FullName;

    public CameraDiscoveryTests()
    {
        foreach (string node in new[] { "video0", "video1", "video2", "video10" })
            File.WriteAllBytes(Path.Combine(_dev, node), []);
        string byId = Directory.CreateDirectory(Path.Combine(_dev, "v4l", "by-id")).FullName;
        File.CreateSymbolicLink(Path.Combine(byId, "usb-Acme_HD_Webcam_1234-video-index1"), "../../video1");
        File.CreateSymbolicLink(Path.Combine(byId, "usb-Acme_HD_Webcam_1234-video-index0"), "../../video0");
        File.CreateSymbolicLink(Path.Combine(byId, "usb-Gone_Cam-video-index0"), "../../video9");
    }

    public void Dispose() => Directory.Delete(_dev, recursive: true);

    [Fact]
    public void StableIdIsTheCaptureInterfaceLink()
    {
        Assert.Equal(
            Path.Combine(_dev, "v4l", "by-id", "usb-Acme_HD_Webcam_1234-video-index0"),
            CameraDiscovery.StableIdFor(Path.Combine(_dev, "video0"), "Acme HD Webcam", _dev));
    }

    [Fact]
    public void NodeWithoutLinkIsKnownByItsCardName()
    {
        Assert.Equal("Integrated Camera", CameraDiscovery.StableIdFor(Path.Combine(_dev, "video2"), "Integrated Camera", _dev));
    }

    [Fact]
    public void ByIdLinkResolvesToItsNode()
    {
        string link = Path.Combine(_dev, "v4l", "by-id", "usb-Acme_HD_Webcam_1234-video-index0");

        Assert.Equal(Path.Combine(_dev, "video0"), CameraDiscovery.ResolveNode(link, _dev));
    }

    [Fact]
    public void NodePathIsAcceptedAsItIs()
    {
        Assert.Equal(Path.Combine(_dev, "video2"), CameraDiscovery.ResolveNode(Path.Combine(_dev, "video2"), _dev));
    }

    [Fact]
    public void LinkToAnUnpluggedCameraIsNotFound()
    {
        Assert.Throws<CameraNotFoundException>(
            () => CameraDiscovery.ResolveNode(Path.Combine(_dev, "v4l", "by-id", "usb-Gone_Cam-video-index0"), _dev));
        Assert.Throws<CameraNotFoundException>(() => CameraDiscovery.ResolveNode(Path.Combine(_dev, "video7"), _dev));
    }

    [Fact]
    public void CardNameMatchesIgnoringCaseAndSpaces()
    {
        (string, string)[] cameras = [("/dev/video0", "Integrated Camera: Integrated C"), ("/dev/video2", "Acme HD Webcam ")];

        Assert.Equal("/dev/video2", CameraDiscovery.MatchCard(cameras, "acme hd webcam"));
        Assert.Null(CameraDiscovery.MatchCard(cameras, "Acme"));
    }

    [Fact]
    public void VideoNodesAreListedInNumericOrder()
    {
        Assert.Equal(
            new[] { "video0", "video1", "video2", "video10" },
            CameraDiscovery.VideoNodes(_dev).Select(Path.GetFileName));
    }

    [Fact]
    public void TheServicesOwnOutputIsNeverACamera()
    {
        string output = Path.Combine(_dev, "video10");

        Assert.Equal(
            new[] { "video0", "video1", "video2" },
            CameraDiscovery.VideoNodes(_dev, excludedDevice: output).Select(Path.GetFileName));
        Assert.Throws<CameraNotFoundException>(() => CameraDiscovery.ResolveNode(output, _dev, excludedDevice: output));
        Assert.Throws<CameraNotFoundException>(
            () => CameraDiscovery.ResolveNode(
                Path.Combine(_dev, "v4l", "by-id", "usb-Acme_HD_Webcam_1234-video-index0"), _dev,
                excludedDevice: Path.Combine(_dev, "video0")));
    }

    [Theory]
    [InlineData("v4l2 loopback", "Fakecam", true)]
    [InlineData("v4l2 loopback", "OBS Virtual Camera", false)]
    [InlineData("uvcvideo", "Fakecam", false)]
    public void OnlyTheLoopbackLabelledAsTheVirtualCameraIsTheOutput(string driver, string card, bool isOutput)
    {
        Assert.Equal(isOutput, CameraDiscovery.IsVirtualCamera(driver, card));
    }

    [Fact]
    public void OrdinaryFilesAreNotCameras()
    {
        Assert.Empty(CameraDiscovery.ListCameras(_dev));
        Assert.Throws<CameraNotFoundException>(() => CameraDiscovery.ResolveNode("Acme HD Webcam", _dev));
        Assert.Throws<CameraNotFoundException>(() => V4l2Camera.Open(Path.Combine(_dev, "video0"), 640, 480, 30, _dev));
    }
}
