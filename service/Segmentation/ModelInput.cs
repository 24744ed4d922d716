using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Segmentation;

/// <summary>Lays out the pipeline's NHWC RGB [0,1] image the way a model wants its input tensor.</summary>
internal static class ModelInput
{
    public static bool IsIdentity(ModelDescriptor model) =>
        model is { InputLayout: TensorLayout.Nhwc, InputColor: ColorOrder.Rgb, InputMin: 0f, InputMax: 1f };

    /// <param name="rgb">Pixels × 3 values, NHWC RGB in [0,1].</param>
    /// <param name="tensor">Pixels × 3 values in the model's layout, colour order and range.</param>
    public static void Write(ReadOnlySpan<float> rgb, Span<float> tensor, ModelDescriptor model)
    {
        if (IsIdentity(model))
        {
            rgb.CopyTo(tensor);
            return;
        }

        int pixels = model.InputPixels;
        float scale = model.InputMax - model.InputMin;
        float offset = model.InputMin;
        bool bgr = model.InputColor == ColorOrder.Bgr;
        bool planar = model.InputLayout == TensorLayout.Nchw;
        for (int p = 0; p < pixels; p++)
        {
            for (int c = 0; c < 3; c++)
            {
                float value = rgb[3 * p + (bgr ? 2 - c : c)] * scale + offset;
                tensor[planar ? c * pixels + p : 3 * p + c] = value;
            }
        }
    }
}
