using Fakecam.Daemon.Kernels;

namespace Fakecam.Daemon.Tests.Kernels;

public class BlendTests
{
    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Plane_vector_equals_scalar(int length)
    {
        byte[] background = KernelData.Bytes(length, 1), alpha = WithOpaqueAndTransparentBlocks(KernelData.Alpha(length, 2));
        byte[] vector = KernelData.Bytes(length, 3), scalar = (byte[])vector.Clone();
        Blend.Plane(vector, background, alpha);
        Blend.PlaneScalar(scalar, background, alpha);
        Assert.Equal(scalar, vector);
    }

    [Theory]
    [MemberData(nameof(KernelData.LengthCases), MemberType = typeof(KernelData))]
    public void Constant_vector_equals_scalar(int length)
    {
        byte[] alpha = WithOpaqueAndTransparentBlocks(KernelData.Alpha(length, 2));
        byte[] vector = KernelData.Bytes(length, 3), scalar = (byte[])vector.Clone();
        Blend.Constant(vector, 77, alpha);
        Blend.ConstantScalar(scalar, 77, alpha);
        Assert.Equal(scalar, vector);
    }

    /// <summary>The first block of 32 all person and the third all background, where the vector paths take shortcuts.</summary>
    private static byte[] WithOpaqueAndTransparentBlocks(byte[] alpha)
    {
        alpha.AsSpan(0, Math.Min(alpha.Length, 32)).Fill(255);
        alpha.AsSpan(Math.Min(alpha.Length, 64), Math.Min(Math.Max(alpha.Length - 64, 0), 32)).Clear();
        return alpha;
    }

    [Fact]
    public void Fixed_point_equals_rounded_exact_blend_for_every_input()
    {
        var alpha = new byte[256 * 256];
        var plane = new byte[256 * 256];
        var background = new byte[256 * 256];
        for (int foreground = 0; foreground < 256; foreground += 5)
        {
            for (int i = 0; i < plane.Length; i++)
            {
                plane[i] = (byte)foreground;
                background[i] = (byte)(i & 255);
                alpha[i] = (byte)(i >> 8);
            }
            Blend.Plane(plane, background, alpha);
            for (int i = 0; i < plane.Length; i++)
            {
                double exact = (foreground * alpha[i] + background[i] * (255.0 - alpha[i])) / 255.0;
                Assert.Equal(Math.Round(exact, MidpointRounding.AwayFromZero), plane[i]);
            }
        }
    }

    [Fact]
    public void Opaque_keeps_the_person_and_transparent_shows_the_background()
    {
        byte[] plane = [10, 20, 30, 40];
        Blend.Plane(plane, [200, 200, 200, 200], [255, 0, 255, 0]);
        Assert.Equal([10, 200, 30, 200], plane);
    }
}
