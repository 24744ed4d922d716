using System.Globalization;
using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Segmentation;

namespace Fakecam.Daemon.Tests.Cli;

public sealed class ProcessCommandTests : IDisposable
{
    private readonly ProcessRun _run = new();

    public static TheoryData<int, int> Sizes => new() { { 1280, 720 }, { 1920, 1080 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Every_frame_comes_out_at_the_input_size(int width, int height)
    {
        var format = new FrameFormat(width, height, 30, 1);
        string input = _run.WriteY4m("in.y4m", ProcessRun.PhotoAt("person-head-shoulders.jpg", format), 3);
        string output = _run.PathOf("out.y4m");

        var (exit, _, error) = ProcessRun.Fakecamd("process", "--input", input, "--output", output, "--background", "blur");

        Assert.True(exit == 0, error);
        List<VideoFrame> frames = ProcessRun.ReadY4m(output);
        Assert.Equal(3, frames.Count);
        Assert.All(frames, f => Assert.Equal((width, height), (f.Width, f.Height)));
    }

    public static TheoryData<string> People =>
        ["person-head-shoulders.jpg", "people-two-at-bar.jpg", "person-beach.jpg", "person-astronaut.jpg", "person-navy-portrait.jpg"];

    [Theory]
    [MemberData(nameof(People))]
    public void Colour_background_keeps_the_person_and_paints_the_background(string photo)
    {
        VideoFrame original = ProcessRun.Photo(photo);
        string input = _run.WriteY4m("in.y4m", original, 2);
        Assert.Equal(0, ProcessRun.Fakecamd("process", "-i", input, "-o", _run.PathOf("green.y4m"), "-b", "color=#00ff00").Exit);
        Assert.Equal(0, ProcessRun.Fakecamd("process", "-i", input, "-o", _run.PathOf("mask.y4m"), "--debug-mask").Exit);
        VideoFrame green = ProcessRun.ReadY4m(_run.PathOf("green.y4m"))[^1];
        VideoFrame mask = ProcessRun.ReadY4m(_run.PathOf("mask.y4m"))[^1];
        YuvColor expected = YuvColor.FromRgb(0, 255, 0);

        // Against the mask: opaque person pixels are the input's, transparent ones the colour's.
        int person = 0, background = 0;
        for (int i = 0; i < original.Y.Length; i++)
        {
            if (mask.Y[i] == 255)
            {
                Assert.Equal(original.Y[i], green.Y[i]);
                person++;
            }
            else if (mask.Y[i] == 0)
            {
                Assert.Equal(expected.Y, green.Y[i]);
                background++;
            }
        }
        Assert.True(person > original.Y.Length / 50, $"only {person} person pixels");
        Assert.True(background > original.Y.Length / 10, $"only {background} background pixels");

        // Against the regions marked by hand as certainly person or certainly background.
        foreach (Region region in Region.For(photo))
        {
            int matching = 0, total = 0;
            foreach ((int x, int y) in region.Pixels(original.Width, original.Height))
            {
                int i = y * original.LumaStride + x;
                bool kept = green.Y[i] == original.Y[i];
                bool painted = Math.Abs(green.Y[i] - expected.Y) <= 1;
                matching += region.IsPerson ? (kept ? 1 : 0) : (painted ? 1 : 0);
                total++;
            }
            Assert.True(matching >= total * 0.97, $"{photo} {region}: {matching} of {total} pixels as expected");
        }
    }

    [Fact]
    public void Debug_mask_of_a_still_photo_matches_the_models_own_mask()
    {
        var format = new FrameFormat(1280, 720, 30, 1);
        VideoFrame photo = ProcessRun.PhotoAt("person-head-shoulders.jpg", format);
        string input = _run.WriteY4m("still.y4m", photo, 8);
        Assert.Equal(0, ProcessRun.Fakecamd("process", "-i", input, "-o", _run.PathOf("mask.y4m"), "--debug-mask").Exit);
        VideoFrame mask = ProcessRun.ReadY4m(_run.PathOf("mask.y4m"))[^1];

        using var segmenter = new OnnxSegmenter(ModelCatalog.Default().Get("landscape"));
        var converter = new ModelInputConverter(format, segmenter.Model.InputWidth, segmenter.Model.InputHeight);
        float[] tensor = new float[converter.TensorLength];
        float[] probabilities = new float[segmenter.Model.InputPixels];
        converter.Convert(photo, tensor);
        segmenter.Segment(tensor, probabilities);

        int intersection = 0, union = 0;
        for (int y = 0; y < format.Height; y++)
        {
            for (int x = 0; x < format.Width; x++)
            {
                bool model = Bilinear(probabilities, segmenter.Model.InputWidth, segmenter.Model.InputHeight,
                    (x + 0.5) * segmenter.Model.InputWidth / format.Width - 0.5,
                    (y + 0.5) * segmenter.Model.InputHeight / format.Height - 0.5) > 0.5;
                bool debug = mask.Y[y * mask.LumaStride + x] >= 128;
                intersection += model && debug ? 1 : 0;
                union += model || debug ? 1 : 0;
            }
        }
        double iou = (double)intersection / union;
        Assert.True(iou >= 0.97, $"IoU {iou:0.0000}");
        Assert.All(mask.U.ToArray(), u => Assert.Equal(128, u));
    }

    private static double Bilinear(float[] plane, int width, int height, double x, double y)
    {
        x = Math.Clamp(x, 0, width - 1);
        y = Math.Clamp(y, 0, height - 1);
        int x0 = (int)x, y0 = (int)y;
        int x1 = Math.Min(x0 + 1, width - 1), y1 = Math.Min(y0 + 1, height - 1);
        double fx = x - x0, fy = y - y0;
        double top = plane[y0 * width + x0] * (1 - fx) + plane[y0 * width + x1] * fx;
        double bottom = plane[y1 * width + x0] * (1 - fx) + plane[y1 * width + x1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    public void Dispose() => _run.Dispose();

    private sealed record Region(bool IsPerson, int X, int Y, int Width, int Height)
    {
        /// <summary>The rectangles of media/regions.tsv for one photo.</summary>
        public static IEnumerable<Region> For(string photo) =>
            File.ReadLines(Path.Combine(SourceTree.Media, "regions.tsv"))
                .Where(line => !line.StartsWith('#'))
                .Select(line => line.Split('\t'))
                .Where(cells => cells[0] == photo)
                .Select(cells => new Region(cells[1] == "person",
                    int.Parse(cells[2], CultureInfo.InvariantCulture), int.Parse(cells[3], CultureInfo.InvariantCulture),
                    int.Parse(cells[4], CultureInfo.InvariantCulture), int.Parse(cells[5], CultureInfo.InvariantCulture)));

        public IEnumerable<(int X, int Y)> Pixels(int frameWidth, int frameHeight)
        {
            for (int y = Y; y < Math.Min(Y + Height, frameHeight); y++)
            {
                for (int x = X; x < Math.Min(X + Width, frameWidth); x++)
                    yield return (x, y);
            }
        }
    }
}
