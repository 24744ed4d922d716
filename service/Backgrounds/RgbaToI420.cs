using Fakecam.Daemon.Frames;

namespace Fakecam.Daemon.Backgrounds;

/// <summary>
/// Converts RGBA to I420 with BT.601 full-range coefficients (as JPEG/JFIF), compositing alpha over black.
/// Runs once per background change, so it is plain scalar code. The frame may be smaller than the picture
/// (odd sizes rounded down to even): the last column or row is then cropped.
/// </summary>
internal static class RgbaToI420
{
    // Coefficients scaled by 2^16; each row sums to 65536 (Y) or 0 (U, V) so grey stays grey.
    private const int YR = 19595, YG = 38470, YB = 7471;
    private const int UR = -11059, UG = -21709, UB = 32768;
    private const int VR = 32768, VG = -27439, VB = -5329;

    public static void Convert(ReadOnlySpan<byte> rgba, int stride, VideoFrame destination)
    {
        Span<byte> y = destination.Y;
        Span<byte> u = destination.U;
        Span<byte> v = destination.V;
        for (int row = 0; row < destination.Height; row += 2)
        {
            ReadOnlySpan<byte> top = rgba.Slice(row * stride, stride);
            ReadOnlySpan<byte> bottom = rgba.Slice((row + 1) * stride, stride);
            Span<byte> yTop = y.Slice(row * destination.LumaStride, destination.Width);
            Span<byte> yBottom = y.Slice((row + 1) * destination.LumaStride, destination.Width);
            int chromaRow = row / 2 * destination.ChromaStride;
            for (int column = 0; column < destination.Width; column += 2)
            {
                int sumR = 0, sumG = 0, sumB = 0;
                Accumulate(top, column, yTop, ref sumR, ref sumG, ref sumB);
                Accumulate(top, column + 1, yTop, ref sumR, ref sumG, ref sumB);
                Accumulate(bottom, column, yBottom, ref sumR, ref sumG, ref sumB);
                Accumulate(bottom, column + 1, yBottom, ref sumR, ref sumG, ref sumB);
                // The sums are of four pixels: scale by 2^18 instead of 2^16.
                u[chromaRow + column / 2] = Clamp(((UR * sumR + UG * sumG + UB * sumB + (1 << 17)) >> 18) + 128);
                v[chromaRow + column / 2] = Clamp(((VR * sumR + VG * sumG + VB * sumB + (1 << 17)) >> 18) + 128);
            }
        }
    }

    /// <summary>Writes the luma of one pixel and adds its colour (composited over black) to the 2×2 block sums.</summary>
    private static void Accumulate(ReadOnlySpan<byte> row, int column, Span<byte> luma, ref int sumR, ref int sumG, ref int sumB)
    {
        int offset = column * RgbaPixels.BytesPerPixel;
        int alpha = row[offset + 3];
        int r = OverBlack(row[offset], alpha);
        int g = OverBlack(row[offset + 1], alpha);
        int b = OverBlack(row[offset + 2], alpha);
        luma[column] = (byte)((YR * r + YG * g + YB * b + (1 << 15)) >> 16);
        sumR += r;
        sumG += g;
        sumB += b;
    }

    private static int OverBlack(int channel, int alpha) => (channel * alpha + 127) / 255;

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
