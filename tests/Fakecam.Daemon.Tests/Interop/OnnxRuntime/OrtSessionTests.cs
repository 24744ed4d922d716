using Fakecam.Daemon.Interop;
using Fakecam.Daemon.Tests.Segmentation;

namespace Fakecam.Daemon.Tests.Interop.OnnxRuntime;

public class OrtSessionTests
{
    public OrtSessionTests() => OnnxRuntimeRequirement.EnsureLoaded();

    [Fact]
    public void A_session_on_the_landscape_model_reports_its_input_and_output()
    {
        using SafeOrtSessionHandle session = Ort.OpenSession(ModelFiles.Landscape.Path);

        Assert.Equal(1, Ort.SessionGetInputCount(session));
        Assert.Equal("input_1", Ort.SessionGetInputName(session, 0));
        Assert.Equal([1, 144, 256, 3], Ort.SessionInputShape(session, 0));
        Assert.Equal(1, Ort.SessionGetOutputCount(session));
        Assert.Equal(ModelFiles.Landscape.OutputName, Ort.SessionGetOutputName(session, 0));
        Assert.Equal([1, 144, 256, 1], Ort.SessionOutputShape(session, 0));
    }

    [Fact]
    public void A_corrupt_model_file_fails_with_the_runtime_s_own_message()
    {
        string corrupt = Path.Combine(Path.GetTempPath(), $"fakecam-corrupt-{Environment.ProcessId}.onnx");
        byte[] model = File.ReadAllBytes(ModelFiles.Landscape.Path);
        File.WriteAllBytes(corrupt, model.AsSpan(0, model.Length / 3).ToArray());
        try
        {
            var error = Assert.Throws<OnnxRuntimeException>(() => Ort.OpenSession(corrupt).Dispose());

            Assert.NotEqual(OrtErrorCode.Ok, error.Code);
            Assert.Contains("Protobuf parsing failed", error.OrtMessage);
            Assert.Contains(error.OrtMessage, error.Message);
        }
        finally
        {
            File.Delete(corrupt);
        }
    }

    [Fact]
    public void A_missing_model_file_is_reported_by_the_runtime_as_no_such_file()
    {
        var error = Assert.Throws<OnnxRuntimeException>(() => Ort.OpenSession("/nonexistent/fakecam/model.onnx").Dispose());

        Assert.Equal(OrtErrorCode.NoSuchFile, error.Code);
        Assert.Contains("/nonexistent/fakecam/model.onnx", error.OrtMessage);
    }

    [Fact]
    public void Intra_op_threads_below_one_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ort.OpenSession(ModelFiles.Landscape.Path, intraOpThreads: 0));
    }
}
