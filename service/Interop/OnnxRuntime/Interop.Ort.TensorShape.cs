namespace Fakecam.Daemon.Interop;

internal static partial class Ort
{
    /// <summary>The declared shape of input <paramref name="index"/>; -1 for free dimensions.</summary>
    internal static long[] SessionInputShape(SafeOrtSessionHandle session, int index) =>
        TensorShapeOf(SessionGetInputTypeInfo(session, index));

    /// <summary>The declared shape of output <paramref name="index"/>; -1 for free dimensions.</summary>
    internal static long[] SessionOutputShape(SafeOrtSessionHandle session, int index) =>
        TensorShapeOf(SessionGetOutputTypeInfo(session, index));

    private static long[] TensorShapeOf(nint typeInfo)
    {
        try
        {
            nint tensorInfo = CastTypeInfoToTensorInfo(typeInfo);
            if (tensorInfo == 0)
                throw new OnnxRuntimeException(OrtErrorCode.InvalidArgument, "the value is not a tensor");
            var shape = new long[GetDimensionsCount(tensorInfo)];
            GetDimensions(tensorInfo, shape);
            return shape;
        }
        finally
        {
            ReleaseTypeInfo(typeInfo);
        }
    }
}
