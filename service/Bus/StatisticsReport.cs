using Fakecam.DBus;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Streaming;

namespace Fakecam.Daemon.Bus;

/// <summary>GetStatistics: counters, per-stage p50/p99 in milliseconds, frame rate and the process's CPU use.</summary>
public static class StatisticsReport
{
    private static readonly Lock s_lock = new();
    private static (DateTime Wall, TimeSpan Cpu, long Frames) s_last = (DateTime.UtcNow, Environment.CpuUsage.TotalTime, 0);

    public static Dictionary<string, DBusVariant> Create(PipelineStatistics statistics, StreamStatus status)
    {
        var report = new Dictionary<string, DBusVariant>
        {
            ["state"] = status.State.ToApiName(),
            ["frames"] = (ulong)statistics.Frames,
            ["dropped"] = (ulong)statistics.Dropped,
            ["reused-masks"] = (ulong)statistics.ReusedMasks,
        };
        foreach (StageTimings stage in statistics.Stages)
        {
            StageSummary summary = stage.Summarize();
            report[$"{stage.Name}-p50-ms"] = Math.Round(summary.P50, 3);
            report[$"{stage.Name}-p99-ms"] = Math.Round(summary.P99, 3);
        }
        (double fps, double cpu) = Rates(statistics.Frames);
        report["fps"] = Math.Round(fps, 2);
        report["cpu-percent"] = Math.Round(cpu, 1);
        return report;
    }

    /// <summary>Frames per second and CPU percent (of one core) since the previous report.</summary>
    private static (double Fps, double Cpu) Rates(long frames)
    {
        lock (s_lock)
        {
            var now = (Wall: DateTime.UtcNow, Cpu: Environment.CpuUsage.TotalTime, Frames: frames);
            double seconds = (now.Wall - s_last.Wall).TotalSeconds;
            (double, double) rates = seconds <= 0 ? (0, 0)
                : (Math.Max(0, now.Frames - s_last.Frames) / seconds, (now.Cpu - s_last.Cpu).TotalSeconds / seconds * 100);
            s_last = now;
            return rates;
        }
    }
}
