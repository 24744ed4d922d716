using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Tests.Interop.OnnxRuntime;

public class OnnxRuntimeLibraryTests
{
    [Fact]
    public void A_missing_library_is_reported_with_what_was_tried_and_how_to_fix_it()
    {
        const string missingPath = "/nonexistent/fakecam/libonnxruntime.so.1";

        var error = Assert.Throws<OnnxRuntimeNotFoundException>(() =>
            OnnxRuntimeLibrary.Load(missingPath, ["libonnxruntime-absent.so.9"], out _));

        Assert.Contains($"{missingPath} (from FAKECAM_ONNXRUNTIME): no such file", error.Message);
        Assert.Contains("libonnxruntime-absent.so.9: ", error.Message);
        Assert.Contains("libonnxruntime-absent.so.9: cannot open shared object file", error.Message);
        Assert.Contains("apt-get install libonnxruntime1.21", error.Message);
        Assert.Contains("build/install-onnxruntime.sh", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_library_is_skipped_for_the_next_candidate()
    {
        string realLibrary = OnnxRuntimeRequirement.LibraryPath();
        string notALibrary = Path.Combine(Path.GetTempPath(), $"fakecam-not-a-library-{Environment.ProcessId}.so");
        File.WriteAllText(notALibrary, "not an ELF file");
        try
        {
            nint handle = OnnxRuntimeLibrary.Load(notALibrary, [realLibrary], out string loadedFrom);

            Assert.NotEqual(0, handle);
            Assert.Equal(realLibrary, loadedFrom);
        }
        finally
        {
            File.Delete(notALibrary);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_library_is_named_with_the_loader_reason()
    {
        string notALibrary = Path.Combine(Path.GetTempPath(), $"fakecam-not-a-library-{Environment.ProcessId}-2.so");
        File.WriteAllText(notALibrary, new string('x', 4096));
        try
        {
            var error = Assert.Throws<OnnxRuntimeNotFoundException>(() => OnnxRuntimeLibrary.Load(notALibrary, [], out _));

            Assert.Contains($"{notALibrary} (from FAKECAM_ONNXRUNTIME): invalid ELF header", error.Message);
        }
        finally
        {
            File.Delete(notALibrary);
        }
    }
}
