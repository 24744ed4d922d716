namespace Fakecam.Daemon.Pipeline;

/// <summary>
/// The most recent durations of one pipeline stage, kept in a fixed ring so recording allocates nothing;
/// percentiles are computed only when asked for.
/// </summary>
public sealed class StageTimings
{
    private readonly Lock _lock = new();
    private readonly double[] _samples;
    private readonly double[] _sorted;
    private int _next;
    private int _count;

    public StageTimings(string name, int capacity = 1024)
    {
        Name = name;
        _samples = new double[capacity];
        _sorted = new double[capacity];
    }

    public string Name { get; }

    public void Record(double milliseconds)
    {
        lock (_lock)
        {
            _samples[_next] = milliseconds;
            _next = (_next + 1) % _samples.Length;
            if (_count < _samples.Length)
                _count++;
        }
    }

    /// <summary>Records the time since <paramref name="startTimestamp"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp) and returns now.</summary>
    public long RecordSince(long startTimestamp)
    {
        long now = System.Diagnostics.Stopwatch.GetTimestamp();
        Record(System.Diagnostics.Stopwatch.GetElapsedTime(startTimestamp, now).TotalMilliseconds);
        return now;
    }

    public StageSummary Summarize()
    {
        lock (_lock)
        {
            if (_count == 0)
                return new StageSummary(Name, 0, 0, 0, 0);
            Array.Copy(_samples, _sorted, _count);
            Array.Sort(_sorted, 0, _count);
            double sum = 0;
            for (int i = 0; i < _count; i++)
                sum += _sorted[i];
            return new StageSummary(Name, _count, Percentile(0.50), Percentile(0.99), sum / _count);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _next = 0;
            _count = 0;
        }
    }

    private double Percentile(double p) => _sorted[Math.Min(_count - 1, (int)Math.Ceiling(p * _count) - 1)];
}

/// <summary>Median, 99th percentile and mean of a stage's recent durations, in milliseconds.</summary>
public readonly record struct StageSummary(string Name, int Samples, double P50, double P99, double Mean);
