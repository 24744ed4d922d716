using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Segmentation;

/// <summary>Turns a model's raw output into person probabilities in [0,1].</summary>
internal static class MaskOutput
{
    public static void Write(ReadOnlySpan<float> output, Span<float> probabilities, MaskOutputKind kind)
    {
        if (kind == MaskOutputKind.Probability)
        {
            output.CopyTo(probabilities);
            return;
        }

        for (int i = 0; i < output.Length; i++)
            probabilities[i] = 1f / (1f + MathF.Exp(-output[i]));
    }
}
