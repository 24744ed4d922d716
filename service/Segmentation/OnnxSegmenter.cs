using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Pipeline;

namespace Fakecam.Daemon.Segmentation;

/// <summary>
/// Runs a segmentation model with ONNX Runtime. The input and output tensors are made once over pinned buffers,
/// so <see cref="Segment"/> allocates nothing. One instance serves one thread at a time.
/// </summary>
public sealed unsafe partial class OnnxSegmenter : ISegmenter
{
    private readonly SafeOrtSessionHandle _session;
    private readonly SafeOrtMemoryInfoHandle _memoryInfo;
    private readonly SafeOrtValueHandle _input;
    private readonly SafeOrtValueHandle _output;
    private readonly float[] _inputTensor;
    private readonly float[] _outputTensor;
    private readonly byte[] _inputName;
    private readonly byte[] _outputName;
    private readonly long[] _inputShape;

    /// <summary>The buffers of <see cref="CreateInputBuffer"/> and the input values over them, run without a copy.</summary>
    private readonly List<(float[] Buffer, SafeOrtValueHandle Value)> _inPlaceInputs = [];

    /// <summary>Run's pointer arguments: input name, output name, input value, output value.</summary>
    private readonly nint[] _runArguments;

    private bool _disposed;

    /// <summary>
    /// Loads <paramref name="model"/> and checks it against its descriptor; throws <see cref="OnnxRuntimeException"/>
    /// when ONNX Runtime cannot load the file, <see cref="InvalidDataException"/> when the model does not match its
    /// descriptor.
    /// </summary>
    /// <param name="intraOpThreads">Threads one inference may use; 1 leaves the other core to the rest of the pipeline.</param>
    public OnnxSegmenter(ModelDescriptor model, int intraOpThreads = 1)
    {
        Model = model;
        _session = Ort.OpenSession(model.Path, intraOpThreads);
        try
        {
            Signature signature = Signature.Of(_session, model);
            _memoryInfo = Ort.CreateCpuMemoryInfo();
            _inputShape = signature.InputShape;
            _inputTensor = GC.AllocateArray<float>(model.InputPixels * 3, pinned: true);
            _outputTensor = GC.AllocateArray<float>(model.InputPixels, pinned: true);

            // Pinned arrays never move, so pointers taken here stay valid for the arrays' (and the values') life.
            fixed (float* input = _inputTensor)
                _input = Ort.CreateTensorWithDataAsOrtValue(_memoryInfo, input, _inputTensor.Length, signature.InputShape);
            fixed (float* output = _outputTensor)
                _output = Ort.CreateTensorWithDataAsOrtValue(_memoryInfo, output, _outputTensor.Length, signature.OutputShape);
            _inputName = GC.AllocateArray<byte>(signature.InputName.Length, pinned: true);
            _outputName = GC.AllocateArray<byte>(signature.OutputName.Length, pinned: true);
            signature.InputName.CopyTo(_inputName, 0);
            signature.OutputName.CopyTo(_outputName, 0);
            _runArguments = GC.AllocateArray<nint>(4, pinned: true);
            fixed (byte* inputName = _inputName)
            fixed (byte* outputName = _outputName)
            {
                _runArguments[0] = (nint)inputName;
                _runArguments[1] = (nint)outputName;
            }
            _runArguments[3] = _output.DangerousGetHandle();

            // The first run plans memory and is slow: do it now, so the first frame is on time and a model that
            // cannot run fails here rather than mid-stream.
            Run(_input);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public ModelDescriptor Model { get; }

    public void Segment(ReadOnlySpan<float> input, Span<float> probabilities)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (input.Length != _inputTensor.Length)
            throw new ArgumentException($"Expected {_inputTensor.Length} input values, got {input.Length}.", nameof(input));
        if (probabilities.Length != _outputTensor.Length)
            throw new ArgumentException($"Expected room for {_outputTensor.Length} probabilities, got {probabilities.Length}.", nameof(probabilities));

        if (InPlaceValue(input) is { } inPlace)
        {
            Run(inPlace);
        }
        else
        {
            ModelInput.Write(input, _inputTensor, Model);
            Run(_input);
        }
        MaskOutput.Write(_outputTensor, probabilities, Model.OutputKind);
    }

    public float[] CreateInputBuffer()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        float[] buffer = GC.AllocateArray<float>(_inputTensor.Length, pinned: true);
        if (!ModelInput.IsIdentity(Model))
            return buffer;
        fixed (float* data = buffer)
            _inPlaceInputs.Add((buffer, Ort.CreateTensorWithDataAsOrtValue(_memoryInfo, data, buffer.Length, _inputShape)));
        return buffer;
    }

    /// <summary>The input value over <paramref name="input"/> when it is a whole buffer of <see cref="CreateInputBuffer"/>.</summary>
    private SafeOrtValueHandle? InPlaceValue(ReadOnlySpan<float> input)
    {
        foreach ((float[] buffer, SafeOrtValueHandle value) in _inPlaceInputs)
        {
            if (Unsafe.AreSame(ref MemoryMarshal.GetReference(input), ref buffer[0]))
                return value;
        }
        return null;
    }

    private void Run(SafeOrtValueHandle inputValue)
    {
        using var input = new SafeHandleLease(inputValue);
        using var output = new SafeHandleLease(_output);
        fixed (nint* arguments = _runArguments)
        {
            arguments[2] = input.Pointer;
            Ort.Run(_session, (byte**)arguments, arguments + 2, 1, (byte**)(arguments + 1), arguments + 3, 1);
        }
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _input?.Dispose();
        foreach ((_, SafeOrtValueHandle value) in _inPlaceInputs)
            value.Dispose();
        _output?.Dispose();
        _memoryInfo?.Dispose();
        _session.Dispose();
    }
}
