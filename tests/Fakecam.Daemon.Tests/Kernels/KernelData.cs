namespace Fakecam.Daemon.Tests.Kernels;

/// <summary>Row lengths around every vector width (8 floats, 16 and 32 bytes) and random inputs.</summary>
internal static class KernelData
{
    public static IEnumerable<int> Lengths =>
        Enumerable.Range(1, 70).Concat([95, 96, 97, 127, 128, 129, 255, 256, 257, 1280]);

    public static TheoryData<int> LengthCases
    {
        get
        {
            var data = new TheoryData<int>();
            foreach (int length in Lengths)
                data.Add(length);
            return data;
        }
    }

    public static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Mostly 0 and 255 with some values between, like a real mask.</summary>
    public static byte[] Alpha(int length, int seed)
    {
        var random = new Random(seed);
        var alpha = new byte[length];
        for (int i = 0; i < length; i++)
            alpha[i] = (random.Next(3)) switch { 0 => 0, 1 => 255, _ => (byte)random.Next(256) };
        return alpha;
    }

    public static float[] Floats(int length, int seed, float min = 0f, float max = 1f)
    {
        var random = new Random(seed);
        var values = new float[length];
        for (int i = 0; i < length; i++)
            values[i] = min + (float)random.NextDouble() * (max - min);
        return values;
    }
}
