using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Fakecam.Interop;

namespace Fakecam.Daemon.Hosting;

/// <summary>
/// The package ships fakecamd twice: built for x86-64-v2 (runs on any 64-bit PC of the last 15 years) and for
/// x86-64-v3 (AVX2, FMA: the pixel kernels run 256 bits wide, several times faster). Native code cannot pick
/// the instruction set at run time, so the v2 build replaces itself with the v3 build when the CPU has what
/// v3 needs.
/// </summary>
public static class InstructionSetDispatch
{
    public const string FasterBuildSuffix = "-x86-64-v3";

    /// <summary>CPU flags (as /proc/cpuinfo names them) that x86-64-v3 code relies on.</summary>
    private static readonly string[] s_v3Flags = ["avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "abm", "movbe", "xsave"];

    /// <summary>Execs the v3 build if this is the v2 build, the CPU can run v3, and the v3 build is installed.</summary>
    public static void ExecFasterBuildIfPossible(string[] args)
    {
        if (RuntimeFeature.IsDynamicCodeSupported || Avx2.IsSupported
            || Environment.GetEnvironmentVariable("FAKECAM_BASELINE_CPU") is not null)
            return;
        string? self = Environment.ProcessPath;
        if (self is null || !File.Exists(self + FasterBuildSuffix) || !CpuHas(File.ReadAllText("/proc/cpuinfo")))
            return;
        // Returns only if exec failed; the baseline build then simply carries on.
        Libc.Execv(self + FasterBuildSuffix, [self + FasterBuildSuffix, .. args]);
    }

    internal static bool CpuHas(string cpuinfo)
    {
        string? flagsLine = cpuinfo.Split('\n').FirstOrDefault(line => line.StartsWith("flags", StringComparison.Ordinal));
        if (flagsLine is null)
            return false;
        var flags = flagsLine[(flagsLine.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return s_v3Flags.All(flags.Contains);
    }
}
