using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Bench;

/// <summary>
/// Measures the whole pipeline on an MJPEG stream, and in the same run the floor it stands on: MJPEG decode
/// alone and inference alone, and the two one after the other with the model input between them (the
/// pipeline without refinement, compositing and output). CPU time is the process's (all threads), per frame.
/// Every phase is measured in each of <see cref="Rounds"/> rounds and summed over them.
/// </summary>
public sealed class PipelineBenchmark(FrameFormat format, int frames, string modelName, BackgroundSpec background)
{
    private const int WarmupFrames = 20;

    /// <summary>
    /// Rounds the measurement is split into: each round measures every phase in turn, so that a machine whose
    /// speed drifts (other guests on the host, a CPU clocking down) slows all phases alike and the ratios hold.
    /// </summary>
    private const int Rounds = 10;

    public BenchReport Run()
    {
        IReadOnlyList<ReadOnlyMemory<byte>> stream = BenchStream.Create(format);
        using var stages = PipelineStages.Create(format, modelName, background);
        FramePipeline pipeline = stages.Pipeline;
        using var sink = new MemoryFrameSink(format);
        using VideoFrame frame = new FramePool(format, 1).Rent();
        using var source = new MjpegStreamSource(stream, format.FpsNumerator, loop: true);
        var converter = new ModelInputConverter(format, stages.Segmenter.Model.InputWidth, stages.Segmenter.Model.InputHeight);
        // The pipeline's own kind of input buffers, which the segmenter reads without a copy.
        float[] tensor = stages.Segmenter.CreateInputBuffer();
        float[] stillTensor = stages.Segmenter.CreateInputBuffer();
        float[] probabilities = new float[stages.Segmenter.Model.InputPixels];
        source.TryRead(frame);
        converter.Convert(frame, stillTensor);

        Action decode = () => source.TryRead(frame);
        Action inference = () => stages.Segmenter.Segment(stillTensor, probabilities);
        Action sequence = () =>
        {
            source.TryRead(frame);
            converter.Convert(frame, tensor);
            stages.Segmenter.Segment(tensor, probabilities);
        };
        Action process = () => ProcessOne(source, pipeline, sink, frame);
        Action[] phases = [decode, inference, sequence, process];
        foreach (Action phase in phases)
        {
            for (int i = 0; i < WarmupFrames; i++)
                phase();
        }
        pipeline.Statistics.Reset();

        var cpu = new double[phases.Length];
        var roundCpu = new double[phases.Length];
        var roundRatios = new List<double>(Rounds);
        double pipelineSeconds = 0;
        for (int round = 0; round < Rounds; round++)
        {
            int count = frames * (round + 1) / Rounds - frames * round / Rounds;
            if (count == 0)
                continue;
            for (int p = 0; p < phases.Length; p++)
            {
                TimeSpan before = Environment.CpuUsage.TotalTime;
                long start = Stopwatch.GetTimestamp();
                for (int i = 0; i < count; i++)
                    phases[p]();
                roundCpu[p] = (Environment.CpuUsage.TotalTime - before).TotalMilliseconds;
                cpu[p] += roundCpu[p];
                if (phases[p] == process)
                    pipelineSeconds += Stopwatch.GetElapsedTime(start).TotalSeconds;
            }
            if (roundCpu[0] + roundCpu[1] > 0)
                roundRatios.Add(roundCpu[3] / (roundCpu[0] + roundCpu[1]));
        }

        return new BenchReport(format, frames, modelName, background, cpu[0] / frames, cpu[1] / frames, cpu[2] / frames, cpu[3] / frames,
            frames / pipelineSeconds, pipeline.Statistics.ReusedMasks, source.SkippedFrames, RatioSpread.Of(roundRatios),
            [.. pipeline.Statistics.Stages.Select(s => s.Summarize()).Where(s => s.Samples > 0)]);
    }

    private static void ProcessOne(MjpegStreamSource source, FramePipeline pipeline, MemoryFrameSink sink, VideoFrame frame)
    {
        PipelineStatistics statistics = pipeline.Statistics;
        long start = Stopwatch.GetTimestamp();
        source.TryRead(frame);
        statistics.Capture.RecordSince(start);
        pipeline.Process(frame);
        long t = Stopwatch.GetTimestamp();
        sink.Write(frame);
        statistics.Output.RecordSince(t);
        statistics.EndToEnd.RecordSince(start);
        statistics.CountFrame();
    }
}
