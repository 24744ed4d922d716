using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
        if (Avx2.IsSupported)
        {
            ref float ySource = ref MemoryMarshal.GetReference(y);
            ref float uSource = ref MemoryMarshal.GetReference(u);
            ref float vSource = ref MemoryMarshal.GetReference(v);
            ref float destination = ref MemoryMarshal.GetReference(rgb);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> luma = Vector256.LoadUnsafe(ref ySource, (nuint)i) * Vector256.Create(Scale);
                Vector256<float> cb = Vector256.LoadUnsafe(ref uSource, (nuint)i) - Vector256.Create(128f);
                Vector256<float> cr = Vector256.LoadUnsafe(ref vSource, (nuint)i) - Vector256.Create(128f);
                Vector256<float> red = Clamp(luma + cr * Vector256.Create(RedFromV));
                Vector256<float> green = Clamp(luma + cb * Vector256.Create(GreenFromU) + cr * Vector256.Create(GreenFromV));
                Vector256<float> blue = Clamp(luma + cb * Vector256.Create(BlueFromU));
                Interleave(red, green, blue, ref destination, (nuint)(3 * i));
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

    /// <summary>Stores 8 pixels as r0 g0 b0 r1 … b7: each of the three output vectors is three permutes and two blends.</summary>
    private static void Interleave(Vector256<float> red, Vector256<float> green, Vector256<float> blue, ref float destination, nuint at)
    {
        // Lane k of output vector j holds channel (8j + k) % 3 of pixel (8j + k) / 3.
        Vector256<float> first = Vector256.Create(-1, 0, 0, -1, 0, 0, -1, 0).AsSingle();
        Vector256<float> second = Vector256.Create(0, -1, 0, 0, -1, 0, 0, -1).AsSingle();
        Vector256<float> third = Vector256.Create(0, 0, -1, 0, 0, -1, 0, 0).AsSingle();
        Pick(red, green, blue, Vector256.Create(0, 0, 0, 1, 1, 1, 2, 2), first, second).StoreUnsafe(ref destination, at);
        Pick(red, green, blue, Vector256.Create(2, 3, 3, 3, 4, 4, 4, 5), second, third).StoreUnsafe(ref destination, at + 8);
        Pick(red, green, blue, Vector256.Create(5, 5, 6, 6, 6, 7, 7, 7), third, first).StoreUnsafe(ref destination, at + 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Pick(Vector256<float> red, Vector256<float> green, Vector256<float> blue, Vector256<int> pixels,
        Vector256<float> redLanes, Vector256<float> greenLanes) =>
        Vector256.ConditionalSelect(redLanes, Avx2.PermuteVar8x32(red, pixels),
            Vector256.ConditionalSelect(greenLanes, Avx2.PermuteVar8x32(green, pixels), Avx2.PermuteVar8x32(blue, pixels)));

    private static Vector256<float> Clamp(Vector256<float> value) =>
        Vector256.MinNative(Vector256.MaxNative(value, Vector256<float>.Zero), Vector256<float>.One);

    private static float Clamp(float value) => Math.Min(Math.Max(value, 0f), 1f);

    private static void Check(ReadOnlySpan<float> y, ReadOnlySpan<float> u, ReadOnlySpan<float> v, Span<float> rgb)
    {
        if (u.Length < y.Length || v.Length < y.Length || rgb.Length < 3 * y.Length)
            throw new ArgumentException("Planes differ in size.");
    }
}
