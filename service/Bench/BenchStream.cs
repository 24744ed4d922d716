using System.Reflection;
using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Bench;

/// <summary>
/// A webcam-like MJPEG stream made from the bundled photo of a person: the photo fills a frame slightly larger
/// than the output and a window pans across it, so every frame differs as a moving camera's do. The photo is
/// smaller than the frame, so upscaling leaves it smoother than any camera picture; each frame gets a webcam's
/// sensor noise (luma ±4 levels) so that it compresses, and decodes, like one. Encoded as quality 80, 4:2:2
/// JPEG, what common USB webcams send.
/// </summary>
public static class BenchStream
{
    public const string PhotoResource = "bench-person.jpg";
    public const int DistinctFrames = 60;
    private const int PanPixels = 48;

    public static IReadOnlyList<ReadOnlyMemory<byte>> Create(FrameFormat format)
    {
        VideoFrame photo = BackgroundImageLoader.Decode(ReadPhoto());
        var canvas = VideoFrame.Allocate(new FrameFormat(format.Width + 2 * PanPixels, format.Height + 2 * PanPixels, 0, 1));
        BackgroundScaler.Cover(photo, canvas);

        using var encoder = new JpegEncoder(80, JpegSubsampling.Yuv422);
        VideoFrame window = VideoFrame.Allocate(format);
        var frames = new List<ReadOnlyMemory<byte>>(DistinctFrames);
        var noise = new Random(20261121);
        for (int i = 0; i < DistinctFrames; i++)
        {
            double phase = 2 * Math.PI * i / DistinctFrames;
            int x = (PanPixels + (int)(PanPixels * Math.Sin(phase))) & ~1;
            int y = (PanPixels + (int)(PanPixels / 2 * Math.Cos(phase))) & ~1;
            Crop(canvas, x, y, window);
            AddSensorNoise(window.Y, noise);
            frames.Add(encoder.Encode(window).ToArray());
        }
        return frames;
    }

    private static void AddSensorNoise(Span<byte> luma, Random noise)
    {
        for (int i = 0; i < luma.Length; i++)
            luma[i] = (byte)Math.Clamp(luma[i] + noise.Next(-4, 5), 0, 255);
    }

    private static byte[] ReadPhoto()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(PhotoResource)
            ?? throw new InvalidOperationException($"The benchmark photo {PhotoResource} is not embedded.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static void Crop(VideoFrame source, int x, int y, VideoFrame destination)
    {
        for (int row = 0; row < destination.Height; row++)
            source.Y.Slice((y + row) * source.LumaStride + x, destination.Width).CopyTo(destination.Y[(row * destination.LumaStride)..]);
        int chromaWidth = destination.Format.ChromaWidth;
        for (int row = 0; row < destination.Format.ChromaHeight; row++)
        {
            int from = (y / 2 + row) * source.ChromaStride + x / 2;
            source.U.Slice(from, chromaWidth).CopyTo(destination.U[(row * destination.ChromaStride)..]);
            source.V.Slice(from, chromaWidth).CopyTo(destination.V[(row * destination.ChromaStride)..]);
        }
    }
}
