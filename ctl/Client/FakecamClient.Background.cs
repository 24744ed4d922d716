using Fakecam.Api;
using Microsoft.Win32.SafeHandles;

namespace Fakecam.Ctl.Client;

public sealed partial class FakecamClient
{
    public Task SetBlurAsync(double strength) => CallAsync(FakecamBus.Methods.SetBlur, w => w.WriteDouble(strength));

    /// <summary>Sends an image file the caller opened; the service reads it through the descriptor.</summary>
    public Task SetBackgroundImageAsync(SafeFileHandle file, string name) =>
        CallAsync(FakecamBus.Methods.SetBackgroundImage, w =>
        {
            w.WriteHandle(file);
            w.WriteString(name);
        });

    /// <summary>Sends a video or animation file the caller opened; the service loops it.</summary>
    public Task SetBackgroundVideoAsync(SafeFileHandle file, string name) =>
        CallAsync(FakecamBus.Methods.SetBackgroundVideo, w =>
        {
            w.WriteHandle(file);
            w.WriteString(name);
        });

    /// <summary>A solid colour, given as <c>#rrggbb</c>.</summary>
    public Task SetBackgroundColorAsync(string rgb) => CallAsync(FakecamBus.Methods.SetBackgroundColor, w => w.WriteString(rgb));

    public Task ClearBackgroundAsync() => CallAsync(FakecamBus.Methods.ClearBackground);
}
