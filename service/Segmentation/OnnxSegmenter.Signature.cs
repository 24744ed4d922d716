using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Segmentation;

public sealed partial class OnnxSegmenter
{
    /// <summary>The input and output a model is run with, checked against its descriptor.</summary>
    private sealed record Signature(byte[] InputName, long[] InputShape, byte[] OutputName, long[] OutputShape)
    {
        public static Signature Of(SafeOrtSessionHandle session, ModelDescriptor model)
        {
            string[] inputs = Names(session, Ort.SessionGetInputCount(session), Ort.SessionGetInputName);
            int inputIndex = Array.IndexOf(inputs, model.InputName);
            if (inputIndex < 0)
                throw Mismatch(model, $"it has no input named \"{model.InputName}\" (its inputs: {string.Join(", ", inputs)})");
            long[] inputShape = model.InputLayout == TensorLayout.Nhwc
                ? [1, model.InputHeight, model.InputWidth, 3]
                : [1, 3, model.InputHeight, model.InputWidth];
            long[] declaredInput = Ort.SessionInputShape(session, inputIndex);
            if (!Fits(declaredInput, inputShape))
            {
                throw Mismatch(model,
                    $"its input \"{model.InputName}\" has shape {Format(declaredInput)}, the descriptor says {Format(inputShape)}");
            }

            string[] outputs = Names(session, Ort.SessionGetOutputCount(session), Ort.SessionGetOutputName);
            int outputIndex = model.OutputName is null
                ? (outputs.Length == 1 ? 0 : throw Mismatch(model, $"it has several outputs ({string.Join(", ", outputs)}): the descriptor must name one"))
                : Array.IndexOf(outputs, model.OutputName);
            if (outputIndex < 0)
                throw Mismatch(model, $"it has no output named \"{model.OutputName}\" (its outputs: {string.Join(", ", outputs)})");
            long[] outputShape = Ort.SessionOutputShape(session, outputIndex);
            for (int i = 0; i < outputShape.Length; i++)
                outputShape[i] = outputShape[i] < 0 ? 1 : outputShape[i];
            long outputValues = outputShape.Aggregate(1L, (product, dimension) => product * dimension);
            if (outputValues != model.InputPixels)
            {
                throw Mismatch(model,
                    $"its output \"{outputs[outputIndex]}\" has shape {Format(outputShape)}, not one value per input pixel ({model.InputWidth}x{model.InputHeight})");
            }

            return new Signature(Ort.Utf8(inputs[inputIndex]), inputShape, Ort.Utf8(outputs[outputIndex]), outputShape);
        }

        private static string[] Names(SafeOrtSessionHandle session, int count, Func<SafeOrtSessionHandle, int, string> name) =>
            [.. Enumerable.Range(0, count).Select(i => name(session, i))];

        /// <summary>Whether a declared shape accepts <paramref name="shape"/>; -1 is a free dimension.</summary>
        private static bool Fits(long[] declared, long[] shape) =>
            declared.Length == shape.Length && declared.Zip(shape).All(d => d.First < 0 || d.First == d.Second);

        private static string Format(long[] shape) => $"[{string.Join(", ", shape)}]";

        private static InvalidDataException Mismatch(ModelDescriptor model, string reason) =>
            new($"Model \"{model.Name}\" ({model.Path}) does not match its descriptor: {reason}.");
    }
}
