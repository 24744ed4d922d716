using System.Diagnostics;
using Fakecam.DBus;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Streaming;

namespace Fakecam.Daemon.Bus;

/// <summary>GetStatistics: counters, per-stage p50/p99 in milliseconds, frame rate and the process's CPU use.</summary>
public static class StatisticsReport
{
    private static readonly Lock s_lock = new();
    private static (DateTime Wall, TimeSpan Cpu) s_last = (Process.GetCurrentProcess().StartTime.ToUniversalTime(), TimeSpan.Zero);

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
        report["fps"] = Math.Round(statistics.FrameRate, 2);
        report["cpu-percent"] = Math.Round(CpuPercent(), 1);
        return report;
    }

    /// <summary>CPU use of the whole process (percent of one core) since the previous report, or since it started.</summary>
    private static double CpuPercent()
    {
        lock (s_lock)
        {
            (DateTime Wall, TimeSpan Cpu) now = (DateTime.UtcNow, Environment.CpuUsage.TotalTime);
            double seconds = (now.Wall - s_last.Wall).TotalSeconds;
            double percent = seconds <= 0 ? 0 : (now.Cpu - s_last.Cpu).TotalSeconds / seconds * 100;
            s_last = now;
            return percent;
        }
    }
}
