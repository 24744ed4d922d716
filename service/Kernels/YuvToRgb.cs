using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Planar Y, U, V floats (0..255) to interleaved RGB floats in [0, 1], full-range BT.601 (the JFIF matrix,
/// which is what JPEG-decoded camera frames use): R = Y + 1.402 (V−128), G = Y − 0.344136 (U−128) −
/// 0.714136 (V−128), B = Y + 1.772 (U−128).
/// </summary>
internal static class YuvToRgb
{
    private const float Scale = 1f / 255f;
    private const float RedFromV = 1.402f * Scale;
    private const float GreenFromU = -0.344136f * Scale;
    private const float GreenFromV = -0.714136f * Scale;
    private const float BlueFromU = 1.772f * Scale;

    public static void Convert(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, Span<float> rgb)
    {
        Check(y, u, v, rgb);
        int n = y.Length;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float ySource = ref MemoryMarshal.GetReference(y);
            ref float uSource = ref MemoryMarshal.GetReference(u);
            ref float vSource = ref MemoryMarshal.GetReference(v);
            Span<float> red = stackalloc float[Vector256<float>.Count];
            Span<float> green = stackalloc float[Vector256<float>.Count];
            Span<float> blue = stackalloc float[Vector256<float>.Count];
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> luma = Vector256.LoadUnsafe(ref ySource, (nuint)i) * Vector256.Create(Scale);
                Vector256<float> cb = Vector256.LoadUnsafe(ref uSource, (nuint)i) - Vector256.Create(128f);
                Vector256<float> cr = Vector256.LoadUnsafe(ref vSource, (nuint)i) - Vector256.Create(128f);
                Clamp(luma + cr * Vector256.Create(RedFromV)).CopyTo(red);
                Clamp(luma + cb * Vector256.Create(GreenFromU) + cr * Vector256.Create(GreenFromV)).CopyTo(green);
                Clamp(luma + cb * Vector256.Create(BlueFromU)).CopyTo(blue);
                Span<float> pixels = rgb.Slice(3 * i, 3 * Vector256<float>.Count);
                for (int p = 0; p < Vector256<float>.Count; p++)
                {
                    pixels[3 * p] = red[p];
                    pixels[3 * p + 1] = green[p];
                    pixels[3 * p + 2] = blue[p];
                }
            }
        }
        ConvertScalar(y[i..], u[i..], v[i..], rgb[(3 * i)..]);
    }

    internal static void ConvertScalar(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, Span<float> rgb)
    {
        Check(y, u, v, rgb);
        for (int i = 0; i < y.Length; i++)
        {
            float luma = y[i] * Scale;
            float cb = u[i] - 128f;
            float cr = v[i] - 128f;
            rgb[3 * i] = Clamp(luma + cr * RedFromV);
            rgb[3 * i + 1] = Clamp(luma + cb * GreenFromU + cr * GreenFromV);
            rgb[3 * i + 2] = Clamp(luma + cb * BlueFromU);
        }
    }

    private static Vector256<float> Clamp(Vector256<float> value) =>
        Vector256.Min(Vector256.Max(value, Vector256<float>.Zero), Vector256<float>.One);

    private static float Clamp(float value) => Math.Min(Math.Max(value, 0f), 1f);

    private static void Check(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, Span<float> rgb)
    {
        if (u.Length < y.Length || v.Length < y.Length || rgb.Length < 3 * y.Length)
            throw new ArgumentException("Planes differ in size.");
    }
}
