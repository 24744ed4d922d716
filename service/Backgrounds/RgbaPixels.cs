using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>
/// A decoded picture, 4 bytes per pixel (R, G, B, A), rows back to back. Kept in native memory and freed on
/// dispose, so the up to 160 MB of a 40-megapixel picture do not linger in the managed heap.
/// </summary>
internal sealed unsafe class RgbaPixels : IDisposable
{
    public const int BytesPerPixel = 4;

    private byte* _data;

    public RgbaPixels(int width, int height)
    {
        Width = width;
        Height = height;
        _data = (byte*)NativeMemory.Alloc((nuint)Length);
    }

    public int Width { get; }

    public int Height { get; }

    public int Stride => Width * BytesPerPixel;

    public int Length => Stride * Height;

    public Span<byte> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_data == null, this);
            return new Span<byte>(_data, Length);
        }
    }

    public void Dispose()
    {
        NativeMemory.Free(_data);
        _data = null;
    }
}
