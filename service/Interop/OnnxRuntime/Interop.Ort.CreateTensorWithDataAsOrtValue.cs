namespace Fakecam.Daemon.Interop;

internal static unsafe partial class Ort
{
    private const int CreateTensorWithDataAsOrtValueIndex = 49;

    /// <summary>
    /// OrtApi::CreateTensorWithDataAsOrtValue: a float tensor of <paramref name="shape"/> over
    /// <paramref name="data"/>, which must stay pinned and alive as long as the value.
    /// </summary>
    internal static SafeOrtValueHandle CreateTensorWithDataAsOrtValue(
        SafeOrtMemoryInfoHandle memoryInfo, float* data, int length, ReadOnlySpan<long> shape)
    {
        var createTensor = (delegate* unmanaged<nint, void*, nuint, long*, nuint, TensorElementType, nint*, nint>)
            Function(CreateTensorWithDataAsOrtValueIndex);
        using var lease = new SafeHandleLease(memoryInfo);
        nint value;
        fixed (long* dimensions = shape)
        {
            ThrowIfFailed(createTensor(
                lease.Pointer, data, (nuint)length * sizeof(float), dimensions, (nuint)shape.Length, TensorElementType.Float, &value));
        }
        return new SafeOrtValueHandle(value);
    }
}
