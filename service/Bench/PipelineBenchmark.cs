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
/// </summary>
public sealed class PipelineBenchmark(FrameFormat format, int frames, string modelName, BackgroundSpec background)
{
    private const int WarmupFrames = 20;

    public BenchReport Run()
    {
        IReadOnlyList<ReadOnlyMemory<byte>> stream = BenchStream.Create(format);
        using var stages = PipelineStages.Create(format, modelName, background);
        FramePipeline pipeline = stages.Pipeline;
        using var sink = new MemoryFrameSink(format);
        using VideoFrame frame = new FramePool(format, 1).Rent();

        using (var source = new MjpegStreamSource(stream, format.FpsNumerator, loop: true))
        {
            double decodeCpu = MeasureCpu(() => source.TryRead(frame));

            var converter = new ModelInputConverter(format, stages.Segmenter.Model.InputWidth, stages.Segmenter.Model.InputHeight);
            float[] tensor = new float[converter.TensorLength];
            float[] probabilities = new float[stages.Segmenter.Model.InputPixels];
            converter.Convert(frame, tensor);
            double inferenceCpu = MeasureCpu(() => stages.Segmenter.Segment(tensor, probabilities));
            double sequenceCpu = MeasureCpu(() =>
            {
                source.TryRead(frame);
                converter.Convert(frame, tensor);
                stages.Segmenter.Segment(tensor, probabilities);
            });

            for (int i = 0; i < WarmupFrames; i++)
                ProcessOne(source, pipeline, sink, frame);
            pipeline.Statistics.Reset();
            TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < frames; i++)
                ProcessOne(source, pipeline, sink, frame);
            TimeSpan wall = Stopwatch.GetElapsedTime(start);
            double pipelineCpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / frames;

            return new BenchReport(format, frames, modelName, background, decodeCpu, inferenceCpu, sequenceCpu, pipelineCpu,
                frames / wall.TotalSeconds, pipeline.Statistics.ReusedMasks, source.SkippedFrames,
                [.. pipeline.Statistics.Stages.Select(s => s.Summarize()).Where(s => s.Samples > 0)]);
        }
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

    /// <summary>CPU milliseconds per call of <paramref name="action"/>, after a warm-up.</summary>
    private double MeasureCpu(Action action)
    {
        for (int i = 0; i < WarmupFrames; i++)
            action();
        TimeSpan before = Environment.CpuUsage.TotalTime;
        for (int i = 0; i < frames; i++)
            action();
        return (Environment.CpuUsage.TotalTime - before).TotalMilliseconds / frames;
    }
}
