using System.Text;
using Fakecam.Daemon.Interop;
using Fakecam.Interop;

namespace Fakecam.Daemon.Tests.Interop.OnnxRuntime;

/// <summary>
/// The duplicate-schema lines Debian's ONNX Runtime prints at start-up are dropped; anything else it says on
/// stderr still gets there. Each test points this process's stderr at a file of its own for the duration.
/// </summary>
[Collection(StandardErrorCollection.Name)]
public sealed class SchemaRegistrationNoiseTests
{
    private const string DuplicateLine =
        "Schema error: Trying to register schema with name Abs (domain:  version: 13) from file ./onnx/defs/math/defs.cc line 1045, but it is already registered from file ./onnx/defs/math/defs.cc line 1045";

    [Fact]
    public void Duplicate_schema_lines_are_dropped_and_everything_else_is_passed_on()
    {
        string stderr = CaptureStandardError(() =>
        {
            int result = SchemaRegistrationNoise.Filter(() =>
            {
                WriteToStandardError($"{DuplicateLine}\nONNX Runtime warning: something worth reading\n{DuplicateLine}\n");
                return 42;
            });
            Assert.Equal(42, result);
        });

        Assert.DoesNotContain("Schema error", stderr);
        Assert.Contains("ONNX Runtime warning: something worth reading\n", stderr);
    }

    [Fact]
    public void Stderr_is_restored_when_the_step_fails()
    {
        string stderr = CaptureStandardError(() =>
        {
            Assert.Throws<InvalidOperationException>(() => SchemaRegistrationNoise.Filter<int>(() =>
            {
                WriteToStandardError("said before failing\n");
                throw new InvalidOperationException("failed");
            }));
            WriteToStandardError("said afterwards\n");
        });

        Assert.Equal("said before failing\nsaid afterwards\n", stderr);
    }

    private static void WriteToStandardError(string text)
    {
        using SafeFileDescriptor stderr = Libc.DuplicateFd(2);
        Libc.WriteAll(stderr, Encoding.UTF8.GetBytes(text));
    }

    private static string CaptureStandardError(Action action)
    {
        string path = Path.GetTempFileName();
        try
        {
            using SafeFileDescriptor original = Libc.DuplicateFd(2);
            using (var file = new FileStream(path, FileMode.Truncate, FileAccess.Write))
                Libc.Duplicate((int)file.SafeFileHandle.DangerousGetHandle(), 2);
            try
            {
                action();
            }
            finally
            {
                Libc.Duplicate(original.Fd, 2);
            }
            return File.ReadAllText(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>Tests that point this process's stderr elsewhere run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StandardErrorCollection
{
    public const string Name = "Standard error redirection";
}
