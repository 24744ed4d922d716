namespace Fakecam.Ctl.Client;

/// <summary>A frame size and rate, as the API's <c>(uuu)</c>.</summary>
public readonly record struct VideoMode(uint Width, uint Height, uint Fps)
{
    public override string ToString() => $"{Width}x{Height} @ {Fps} fps";
}
