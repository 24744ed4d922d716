using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Streaming;
using Fakecam.Interop;

namespace Fakecam.Daemon.Video;

/// <summary>
/// Finds capture cameras under a /dev tree and names them by stable ids: the /dev/v4l/by-id link of the
/// node (udev makes one per USB camera interface), else the card name. A v4l2loopback device that someone
/// feeds (OBS, a test clip) is a camera like any other; the service's own output never is, so the service
/// cannot read itself: neither the loopback device labelled as the virtual camera nor the device callers
/// pass as <c>excludedDevice</c>.
/// </summary>
public static class CameraDiscovery
{
    public const string DefaultDeviceRoot = "/dev";
    private const string LoopbackDriver = "v4l2 loopback";

    /// <summary>Every capture camera that can be opened now, in node order.</summary>
    public static IReadOnlyList<CameraInfo> ListCameras(string deviceRoot = DefaultDeviceRoot, string? excludedDevice = null)
    {
        var cameras = new List<CameraInfo>();
        foreach (string node in VideoNodes(deviceRoot, excludedDevice))
        {
            using V4l2Device? device = TryOpenCamera(node, out string card);
            if (device is null)
                continue;
            List<CameraMode> modes = CameraModes.Read(device).Select(m => m.Mode).Distinct().ToList();
            cameras.Add(new CameraInfo(StableIdFor(node, card, deviceRoot), node, card, modes));
        }
        return cameras;
    }

    /// <summary>
    /// The device node of a camera id: a by-id (or any) link or a /dev/videoN path that exists, or a card name
    /// matched against the capture cameras present.
    /// </summary>
    public static string ResolveNode(string id, string deviceRoot = DefaultDeviceRoot, string? excludedDevice = null)
    {
        if (id.StartsWith('/'))
        {
            string node = RealPath(id);
            if (!File.Exists(node))
                throw new CameraNotFoundException($"Camera {id} is not present; is it plugged in?");
            if (excludedDevice is not null && node == RealPath(excludedDevice))
                throw new CameraNotFoundException($"{id} is the virtual camera itself; choose a real camera.");
            return node;
        }

        var candidates = new List<(string Node, string Card)>();
        foreach (string node in VideoNodes(deviceRoot, excludedDevice))
        {
            using V4l2Device? device = TryOpenCamera(node, out string card);
            if (device is not null)
                candidates.Add((node, card));
        }
        return MatchCard(candidates, id)
            ?? throw new CameraNotFoundException($"No camera named \"{id}\" is present; 'fakecamctl cameras' lists the cameras.");
    }

    /// <summary>The by-id link pointing at <paramref name="node"/> (capture interface first), else the card name.</summary>
    internal static string StableIdFor(string node, string card, string deviceRoot)
    {
        string byId = Path.Combine(deviceRoot, "v4l", "by-id");
        if (!Directory.Exists(byId))
            return card;
        string target = Path.GetFullPath(node);
        string? found = null;
        foreach (string link in Directory.EnumerateFileSystemEntries(byId).Order(StringComparer.Ordinal))
        {
            if (File.ResolveLinkTarget(link, returnFinalTarget: true)?.FullName != target)
                continue;
            if (link.EndsWith("-video-index0", StringComparison.Ordinal))
                return link;
            found ??= link;
        }
        return found ?? card;
    }

    /// <summary>The first node whose card name equals <paramref name="name"/>, ignoring case and outer spaces.</summary>
    internal static string? MatchCard(IEnumerable<(string Node, string Card)> cameras, string name)
    {
        foreach ((string node, string card) in cameras)
        {
            if (string.Equals(card.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
                return node;
        }
        return null;
    }

    /// <summary>/dev/videoN nodes in numeric order, without <paramref name="excludedDevice"/> (by any of its names).</summary>
    internal static IEnumerable<string> VideoNodes(string deviceRoot, string? excludedDevice = null)
    {
        if (!Directory.Exists(deviceRoot))
            return [];
        string? excluded = excludedDevice is null ? null : RealPath(excludedDevice);
        return Directory.EnumerateFileSystemEntries(deviceRoot, "video*")
            .Where(path => int.TryParse(Path.GetFileName(path).AsSpan(5), out _) && RealPath(path) != excluded)
            .OrderBy(path => int.Parse(Path.GetFileName(path).AsSpan(5)));
    }

    /// <summary>Whether a device is the service's own output: the v4l2loopback device with the virtual camera's label.</summary>
    internal static bool IsVirtualCamera(string driver, string card) =>
        driver == LoopbackDriver && card.Trim() == LoopbackOutputProvider.CardLabel;

    /// <summary>The absolute path with every link followed (the path itself if it does not exist).</summary>
    private static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        return File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : full;
    }

    /// <summary>Opens a node if it is a streaming capture device; null otherwise.</summary>
    private static V4l2Device? TryOpenCamera(string node, out string card)
    {
        card = "";
        V4l2Device device;
        try
        {
            device = V4l2Device.Open(node);
        }
        catch (NativeCallException)
        {
            return null;
        }
        try
        {
            V4l2.Capability capability = device.QueryCapability();
            uint caps = capability.NodeCapabilities;
            card = capability.CardName;
            bool camera = (caps & V4l2.V4L2_CAP_VIDEO_CAPTURE) != 0 && (caps & V4l2.V4L2_CAP_STREAMING) != 0
                && !IsVirtualCamera(capability.DriverName, card);
            if (camera)
                return device;
        }
        catch (NativeCallException)
        {
        }
        device.Dispose();
        return null;
    }
}
