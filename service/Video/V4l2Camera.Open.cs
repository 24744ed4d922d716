using Fakecam.Daemon.Interop;
using Fakecam.Interop;

namespace Fakecam.Daemon.Video;

public sealed partial class V4l2Camera
{
    /// <summary>
    /// Opens the camera <paramref name="id"/> (see <see cref="CameraDiscovery.ResolveNode"/>; never
    /// <paramref name="excludedDevice"/>, the service's own output) in the offered mode closest to the
    /// request and starts streaming.
    /// </summary>
    public static V4l2Camera Open(
        string id, int width, int height, int fps, string deviceRoot = CameraDiscovery.DefaultDeviceRoot, string? excludedDevice = null)
    {
        string node = CameraDiscovery.ResolveNode(id, deviceRoot, excludedDevice);
        V4l2Device device;
        try
        {
            device = V4l2Device.Open(node);
        }
        catch (NativeCallException e) when (e.Errno is Libc.ENOENT or Libc.ENODEV)
        {
            throw new CameraNotFoundException($"Camera {id} ({node}) is not present; is it plugged in?");
        }

        try
        {
            V4l2.Capability capability = device.QueryCapability();
            uint caps = capability.NodeCapabilities;
            if ((caps & V4l2.V4L2_CAP_VIDEO_CAPTURE) == 0 || (caps & V4l2.V4L2_CAP_STREAMING) == 0)
                throw new CameraNotFoundException($"{node} is not a streaming capture device.");
            if (CameraDiscovery.IsVirtualCamera(capability.DriverName, capability.CardName))
                throw new CameraNotFoundException($"{node} is the virtual camera itself; choose a real camera.");

            CaptureMode mode = CaptureFormatChooser.Choose(CameraModes.Read(device), width, height, fps)
                ?? new CaptureMode(V4l2.V4L2_PIX_FMT_MJPEG, width, height, fps);
            V4l2.PixFormat format = device.SetFormat(Capture, new V4l2.PixFormat
            {
                Width = (uint)mode.Width,
                Height = (uint)mode.Height,
                PixelFormat = mode.PixelFormat,
                Field = V4l2.V4L2_FIELD_NONE,
            });
            if (!CapturePixelFormats.IsSupported(format.PixelFormat))
                throw new NotSupportedException($"{node} offers none of MJPEG, YUYV, YU12 (it chose {V4l2.FourCc(format.PixelFormat)}).");
            int modeFps = mode.Fps == CameraModes.UnknownRate ? fps : mode.Fps;
            (int, int) rate = device.SetFrameRate(Capture, modeFps) ?? (modeFps, 1);
            return new V4l2Camera(id, device, format, rate);
        }
        catch (NativeCallException e) when (e.Errno == Libc.ENODEV)
        {
            device.Dispose();
            throw new CameraDisconnectedException($"Camera {id} went away while being opened.", e);
        }
        catch (NativeCallException e) when (e.Errno == Libc.ENOTTY)
        {
            device.Dispose();
            throw new CameraNotFoundException($"{node} is not a video device.");
        }
        catch
        {
            device.Dispose();
            throw;
        }
    }
}
