using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Fakecam.Daemon.Kernels;

/// <summary>
/// Alpha blending of one plane in place in 16-bit fixed point: out = bg + α·(in − bg) / 255, computed as
/// t = in·α + bg·(255 − α) + 128, out = (t + (t >> 8)) >> 8, which is exactly round(t' / 255) for every
/// t' = in·α + bg·(255 − α) in [0, 255²]. That makes α = 255 give the input and α = 0 the background
/// exactly, so blocks that are all person are skipped and blocks that are all background just take it.
/// </summary>
internal static class Blend
{
    /// <summary>Blends <paramref name="plane"/> (the person) over <paramref name="background"/>.</summary>
    public static void Plane(Span<byte> plane, ReadOnlySpan<byte> background, ReadOnlySpan<byte> alpha)
    {
        int n = Check(plane, background.Length, alpha);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte fg = ref MemoryMarshal.GetReference(plane);
            ref byte bg = ref MemoryMarshal.GetReference(background);
            ref byte a = ref MemoryMarshal.GetReference(alpha);
            for (; i <= n - Simd.BytesPerBlock; i += Simd.BytesPerBlock)
            {
                Vector256<byte> opacity = Vector256.LoadUnsafe(ref a, (nuint)i);
                if (Vector256.EqualsAll(opacity, Vector256<byte>.AllBitsSet))
                    continue;
                Vector256<byte> behind = Vector256.LoadUnsafe(ref bg, (nuint)i);
                if (Vector256.EqualsAll(opacity, Vector256<byte>.Zero))
                {
                    behind.StoreUnsafe(ref fg, (nuint)i);
                    continue;
                }
                (Vector256<ushort> f0, Vector256<ushort> f1) = Vector256.Widen(Vector256.LoadUnsafe(ref fg, (nuint)i));
                (Vector256<ushort> b0, Vector256<ushort> b1) = Vector256.Widen(behind);
                (Vector256<ushort> a0, Vector256<ushort> a1) = Vector256.Widen(opacity);
                Simd.PackToBytes(Mix(f0, b0, a0).AsInt16(), Mix(f1, b1, a1).AsInt16()).StoreUnsafe(ref fg, (nuint)i);
            }
        }
        PlaneScalar(plane[i..], background[i..], alpha[i..n]);
    }

    internal static void PlaneScalar(Span<byte> plane, ReadOnlySpan<byte> background, ReadOnlySpan<byte> alpha)
    {
        int n = Check(plane, background.Length, alpha);
        for (int i = 0; i < n; i++)
            plane[i] = Mix(plane[i], background[i], alpha[i]);
    }

    /// <summary>Blends <paramref name="plane"/> over a constant background value.</summary>
    public static void Constant(Span<byte> plane, byte background, ReadOnlySpan<byte> alpha)
    {
        int n = Check(plane, alpha.Length, alpha);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte fg = ref MemoryMarshal.GetReference(plane);
            ref byte a = ref MemoryMarshal.GetReference(alpha);
            Vector256<ushort> bg = Vector256.Create((ushort)background);
            for (; i <= n - Simd.BytesPerBlock; i += Simd.BytesPerBlock)
            {
                Vector256<byte> opacity = Vector256.LoadUnsafe(ref a, (nuint)i);
                if (Vector256.EqualsAll(opacity, Vector256<byte>.AllBitsSet))
                    continue;
                if (Vector256.EqualsAll(opacity, Vector256<byte>.Zero))
                {
                    Vector256.Create(background).StoreUnsafe(ref fg, (nuint)i);
                    continue;
                }
                (Vector256<ushort> f0, Vector256<ushort> f1) = Vector256.Widen(Vector256.LoadUnsafe(ref fg, (nuint)i));
                (Vector256<ushort> a0, Vector256<ushort> a1) = Vector256.Widen(opacity);
                Simd.PackToBytes(Mix(f0, bg, a0).AsInt16(), Mix(f1, bg, a1).AsInt16()).StoreUnsafe(ref fg, (nuint)i);
            }
        }
        ConstantScalar(plane[i..], background, alpha[i..n]);
    }

    internal static void ConstantScalar(Span<byte> plane, byte background, ReadOnlySpan<byte> alpha)
    {
        int n = Check(plane, alpha.Length, alpha);
        for (int i = 0; i < n; i++)
            plane[i] = Mix(plane[i], background, alpha[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<ushort> Mix(Vector256<ushort> foreground, Vector256<ushort> background, Vector256<ushort> alpha)
    {
        Vector256<ushort> t = foreground * alpha + background * (Vector256.Create((ushort)255) - alpha) + Vector256.Create((ushort)128);
        return (t + (t >>> 8)) >>> 8;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte Mix(int foreground, int background, int alpha)
    {
        int t = foreground * alpha + background * (255 - alpha) + 128;
        return (byte)((t + (t >> 8)) >> 8);
    }

    private static int Check(Span<byte> plane, int backgroundLength, ReadOnlySpan<byte> alpha)
    {
        int n = alpha.Length;
        if (plane.Length < n || backgroundLength < n)
            throw new ArgumentException("Planes differ in size.");
        return n;
    }
}
