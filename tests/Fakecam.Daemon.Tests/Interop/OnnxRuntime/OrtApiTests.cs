using Fakecam.Daemon.Interop;

namespace Fakecam.Daemon.Tests.Interop.OnnxRuntime;

public class OrtApiTests
{
    [Fact]
    public void The_version_string_of_the_configured_library_is_read()
    {
        string path = OnnxRuntimeRequirement.LibraryPath();

        Ort.EnsureLoaded();

        Assert.Equal(path, Ort.LoadedFrom);
        Assert.Matches(@"^1\.\d+\.\d+", Ort.Version);
        Version version = System.Version.Parse(Ort.Version.Split('-', '+')[0]);
        Assert.True(version >= new Version(1, 21), $"ONNX Runtime {Ort.Version} is older than 1.21");
    }

    [Fact]
    public unsafe void OrtApiBase_has_the_size_of_the_header_struct()
    {
        // struct OrtApiBase { const OrtApi* (*GetApi)(uint32_t); const char* (*GetVersionString)(void); }
        Assert.Equal(16, sizeof(Ort.OrtApiBase));
    }
}
