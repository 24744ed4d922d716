using System.Diagnostics;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Bench;

/// <summary>
/// Measures the whole pipeline on an MJPEG stream, and in the same run the floor it stands on: MJPEG decode
/// alone and inference alone. Twice: at the stream's frame rate, the way fakecamd runs behind a camera, and flat
/// out, each phase in a loop of its own (with, besides, decode and inference one after the other with the model
/// input between them: the pipeline without refinement, compositing and output). CPU time is the process's
/// (all threads), per frame.
/// </summary>
public sealed class PipelineBenchmark(FrameFormat format, int frames, int cameraRateFrames, string modelName, BackgroundSpec background)
{
    private const int WarmupFrames = 20;

    /// <summary>
    /// Rounds the flat-out measurement is split into: each round measures every phase in turn, so that a machine
    /// whose speed drifts (other guests on the host, a CPU clocking down) slows all phases alike and the ratios hold.
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
        CameraRateReport cameraRate = MeasureAtCameraRate(decode, () => stillTensor.CopyTo(tensor),
            () => stages.Segmenter.Segment(tensor, probabilities), process, pipeline.Statistics);
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
            [.. pipeline.Statistics.Stages.Select(s => s.Summarize()).Where(s => s.Samples > 0)], cameraRate);
    }

    /// <summary>
    /// Decode alone, inference alone and the pipeline take turns, one frame each, at the stream's frame rate, each
    /// waiting for its frame's time as fakecamd waits for the camera's: between two frames the caches cool for the
    /// floor as they do for the pipeline, which a loop of one phase alone never lets them. Inference alone reads an
    /// input written just before it, outside the measurement, as the pipeline's model input has just been.
    /// </summary>
    private CameraRateReport MeasureAtCameraRate(Action decode, Action writeInput, Action inference, Action process,
        PipelineStatistics statistics)
    {
        const int Phases = 3;
        var cpu = new double[Phases];
        TimeSpan period = TimeSpan.FromSeconds(1 / format.Fps);
        long due = Stopwatch.GetTimestamp();
        for (int turn = 0; turn < Phases * cameraRateFrames; turn++)
        {
            TimeSpan wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
                Thread.Sleep(wait);
            // A frame that ran late moves the schedule on instead of making the next frames run back to back.
            due = Math.Max(due, Stopwatch.GetTimestamp()) + (long)(period.TotalSeconds * Stopwatch.Frequency);
            int phase = turn % Phases;
            if (phase == 1)
                writeInput();
            TimeSpan before = Environment.CpuUsage.TotalTime;
            (phase switch { 0 => decode, 1 => inference, _ => process })();
            cpu[phase] += (Environment.CpuUsage.TotalTime - before).TotalMilliseconds;
        }
        return new CameraRateReport(format.Fps, cameraRateFrames, cpu[0] / cameraRateFrames, cpu[1] / cameraRateFrames,
            cpu[2] / cameraRateFrames, [.. statistics.Stages.Select(s => s.Summarize()).Where(s => s.Samples > 0)]);
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
