using System.Runtime.InteropServices;

namespace Fakecam.Daemon.Tests.Backgrounds;

/// <summary>WebP fixtures made by libwebp's own encoder.</summary>
internal static partial class WebPFixtures
{
    private const string Library = "libwebp.so.7";

    [LibraryImport(Library, EntryPoint = "WebPEncodeLosslessRGBA")]
    private static unsafe partial nuint EncodeLosslessRgba(byte* rgba, int width, int height, int stride, byte** output);

    [LibraryImport(Library, EntryPoint = "WebPEncodeRGB")]
    private static unsafe partial nuint EncodeRgb(byte* rgb, int width, int height, int stride, float quality, byte** output);

    [LibraryImport(Library, EntryPoint = "WebPFree")]
    private static unsafe partial void Free(void* pointer);

    public static unsafe byte[] Lossless(TestImage image)
    {
        fixed (byte* rgba = image.Rgba)
        {
            byte* output;
            nuint size = EncodeLosslessRgba(rgba, image.Width, image.Height, image.Width * 4, &output);
            return TakeOutput(output, size);
        }
    }

    public static unsafe byte[] Lossy(TestImage image, float quality)
    {
        fixed (byte* rgb = image.Rgb())
        {
            byte* output;
            nuint size = EncodeRgb(rgb, image.Width, image.Height, image.Width * 3, quality, &output);
            return TakeOutput(output, size);
        }
    }

    private static unsafe byte[] TakeOutput(byte* output, nuint size)
    {
        try
        {
            Assert.True(size > 0, "libwebp failed to encode the fixture");
            return new ReadOnlySpan<byte>(output, (int)size).ToArray();
        }
        finally
        {
            Free(output);
        }
    }
}
