using Fakecam.Daemon.Hosting;

namespace Fakecam.Daemon.Tests.Hosting;

public class InstructionSetDispatchTests
{
    private const string Haswell =
        "processor\t: 0\nflags\t\t: fpu vme sse sse2 ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt xsave avx f16c abm avx2 bmi1 bmi2\n";

    [Fact]
    public void A_cpu_with_avx2_fma_and_bmi_runs_the_v3_build() => Assert.True(InstructionSetDispatch.CpuHas(Haswell));

    [Theory]
    [InlineData("avx2")]
    [InlineData("fma")]
    [InlineData("bmi2")]
    public void A_cpu_missing_one_v3_feature_keeps_the_baseline_build(string missing) =>
        Assert.False(InstructionSetDispatch.CpuHas(Haswell.Replace($" {missing}", "")));

    [Fact]
    public void No_flags_line_keeps_the_baseline_build() => Assert.False(InstructionSetDispatch.CpuHas("processor\t: 0\n"));
}
