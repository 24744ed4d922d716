using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Refinement;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Tests.Kernels;

namespace Fakecam.Daemon.Tests.Refinement;

public class GuidedMaskRefinerTests
{
    private static readonly ModelDescriptor Landscape = new("landscape", "unused.onnx", 256, 144);
    private static readonly FrameFormat Hd = new(1280, 720, 30, 1);

    [Fact]
    public void Edge_refinement_snaps_a_blurry_mask_to_the_frame_edge()
    {
        // The person is a bright disk of radius 200 around (640, 360); the model saw it as a soft disk
        // (3 model pixels of ramp each side) one model pixel too large.
        using VideoFrame frame = ModelInputTests.Uniform(Hd.Width, Hd.Height, 30, 128, 128);
        for (int y = 0; y < Hd.Height; y++)
            for (int x = 0; x < Hd.Width; x++)
                if (Math.Sqrt((x - 640.0) * (x - 640.0) + (y - 360.0) * (y - 360.0)) < 200)
                    frame.Y[y * Hd.Width + x] = 200;
        float[] probabilities = SoftDisk(centreX: 128, centreY: 72, radius: 41, ramp: 3);
        var options = new MaskRefinementOptions { Feather = 1, Smoothing = 0 };

        byte[] plain = RefineRow(new GuidedMaskRefiner(options with { EdgeRefinement = false }), probabilities, frame, row: 360);
        byte[] guided = RefineRow(new GuidedMaskRefiner(options), probabilities, frame, row: 360);

        // Right edge of the disk on the middle row is at x = 840.
        Assert.InRange(TransitionWidth(plain, 700, 1000), 12, 60);
        Assert.InRange(TransitionWidth(guided, 700, 1000), 0, 3);
        Assert.InRange(Crossing(plain, 700, 1000), 843, 850);
        Assert.InRange(Crossing(guided, 700, 1000), 838, 842);
        Assert.True(guided[820] > 245 && guided[860] < 10, $"guided mask at 820: {guided[820]}, at 860: {guided[860]}");
    }

    [Fact]
    public void The_model_input_luma_is_the_same_guide_the_refiner_would_compute()
    {
        (VideoFrame frame, ModelInputConverter converter) = GradientFrameConverted();
        using var _ = frame;
        float[] probabilities = SoftDisk(128, 72, 40, 3);
        var own = new AlphaMask(Hd);
        var shared = new AlphaMask(Hd);
        new GuidedMaskRefiner().Refine(probabilities, Landscape, frame, own);
        new GuidedMaskRefiner().Refine(probabilities, Landscape, frame, shared, converter.Coarse);
        Assert.Equal(own.Luma, shared.Luma);
        Assert.Equal(own.Chroma, shared.Chroma);
    }

    [Fact]
    public void The_coarse_alpha_is_the_mask_at_model_size()
    {
        (VideoFrame frame, ModelInputConverter converter) = GradientFrameConverted();
        using var _ = frame;
        float[] probabilities = SoftDisk(128, 72, 40, 3);
        var mask = new AlphaMask(Hd);
        new GuidedMaskRefiner().Refine(probabilities, Landscape, frame, mask, converter.Coarse);
        float[] alpha = converter.Coarse.Alpha;
        Assert.All(alpha, a => Assert.InRange(a, 0f, 1f));
        // Each coarse sample covers 5×5 frame pixels; away from the edge it agrees with the full-size mask there.
        int compared = 0;
        for (int cy = 0; cy < 144; cy++)
        {
            for (int cx = 0; cx < 256; cx++)
            {
                double distance = Math.Sqrt((cx - 128.0) * (cx - 128.0) + (cy - 72.0) * (cy - 72.0));
                if (Math.Abs(distance - 40) < 6)
                    continue;
                byte full = mask.Luma[(5 * cy + 2) * Hd.Width + 5 * cx + 2];
                Assert.True(Math.Abs(alpha[cy * 256 + cx] * 255 - full) < 8, $"coarse ({cx}, {cy}) {alpha[cy * 256 + cx] * 255:0} vs {full}");
                compared++;
            }
        }
        Assert.True(compared > 30_000);
    }

    [Fact]
    public void Temporal_smoothing_eases_changes_in_and_reset_forgets_them()
    {
        using VideoFrame frame = ModelInputTests.Uniform(Hd.Width, Hd.Height, 100, 128, 128);
        var mask = new AlphaMask(Hd);
        var refiner = new GuidedMaskRefiner(new MaskRefinementOptions { Smoothing = 0.5, Feather = 1 });
        float[] person = Enumerable.Repeat(1f, Landscape.InputPixels).ToArray();
        float[] nobody = new float[Landscape.InputPixels];

        refiner.Refine(person, Landscape, frame, mask);
        Assert.Equal(255, mask.Luma[360 * 1280 + 640]);
        var fading = new List<int>();
        for (int i = 0; i < 8; i++)
        {
            refiner.Refine(nobody, Landscape, frame, mask);
            fading.Add(mask.Luma[360 * 1280 + 640]);
        }
        Assert.InRange(fading[0], 126, 130);
        Assert.True(fading.Zip(fading.Skip(1)).All(p => p.First > p.Second || p.Second == 0), string.Join(",", fading));
        Assert.True(fading[^1] < 3);

        refiner.Refine(person, Landscape, frame, mask);
        Assert.InRange(mask.Luma[360 * 1280 + 640], 100, 160);
        refiner.Reset();
        refiner.Refine(person, Landscape, frame, mask);
        Assert.Equal(255, mask.Luma[360 * 1280 + 640]);
    }

    [Theory]
    [InlineData(0.3, 255)]
    [InlineData(0.5, 0)]
    public void Threshold_decides_which_side_a_probability_falls(double threshold, int expected)
    {
        using VideoFrame frame = ModelInputTests.Uniform(Hd.Width, Hd.Height, 100, 128, 128);
        var mask = new AlphaMask(Hd);
        var refiner = new GuidedMaskRefiner(new MaskRefinementOptions { Threshold = threshold, Feather = 0 });
        refiner.Refine(Enumerable.Repeat(0.4f, Landscape.InputPixels).ToArray(), Landscape, frame, mask);
        Assert.All(mask.Luma, v => Assert.Equal(expected, v));
        Assert.All(mask.Chroma, v => Assert.Equal(expected, v));
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(2, 1.96)]
    [InlineData(-2, 0.36)]
    public void Dilation_and_erosion_grow_and_shrink_the_person(int dilation, double areaRatio)
    {
        using VideoFrame frame = ModelInputTests.Uniform(Hd.Width, Hd.Height, 100, 128, 128);
        var probabilities = new float[Landscape.InputPixels];
        for (int y = 60; y < 70; y++)
            for (int x = 100; x < 110; x++)
                probabilities[y * 256 + x] = 1f;
        var mask = new AlphaMask(Hd);
        new GuidedMaskRefiner(new MaskRefinementOptions { Dilation = dilation, Feather = 0, EdgeRefinement = false }).Refine(probabilities, Landscape, frame, mask);
        int person = mask.Luma.Count(v => v >= 128);
        Assert.Equal(50 * 50 * areaRatio, person, 50 * 50 * 0.08);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(12, false)]
    public void Small_holes_in_the_person_are_filled_large_ones_kept(int holeWidth, bool filled)
    {
        using VideoFrame frame = ModelInputTests.Uniform(Hd.Width, Hd.Height, 100, 128, 128);
        var probabilities = new float[Landscape.InputPixels];
        for (int y = 40; y < 100; y++)
            for (int x = 80; x < 160; x++)
                probabilities[y * 256 + x] = 1f;
        for (int y = 64; y < 64 + holeWidth; y++)
            for (int x = 120; x < 120 + holeWidth; x++)
                probabilities[y * 256 + x] = 0f;
        var mask = new AlphaMask(Hd);
        new GuidedMaskRefiner(new MaskRefinementOptions { Feather = 0, EdgeRefinement = false }).Refine(probabilities, Landscape, frame, mask);

        // The middle of the hole, in frame pixels (5 per model pixel).
        byte centre = mask.Luma[(int)((64 + holeWidth / 2.0) * 5) * Hd.Width + (int)((120 + holeWidth / 2.0) * 5)];
        Assert.Equal(filled, centre >= 128);
    }

    [Fact]
    public void Refining_allocates_nothing_after_the_first_frame()
    {
        using VideoFrame frame = ModelInputTests.Uniform(Hd.Width, Hd.Height, 100, 128, 128);
        var mask = new AlphaMask(Hd);
        var refiner = new GuidedMaskRefiner(new MaskRefinementOptions { Dilation = 1 });
        float[] probabilities = SoftDisk(128, 72, 40, 3);
        SteadyState.AssertAllocationFree(() => refiner.Refine(probabilities, Landscape, frame, mask));
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_their_name()
    {
        var refiner = new GuidedMaskRefiner();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => refiner.Options = new MaskRefinementOptions { Smoothing = 1.5 });
        Assert.Equal("Smoothing", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaskRefinementOptions { Dilation = 9 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaskRefinementOptions { Threshold = double.NaN }.Validate());
        Assert.Equal(MaskRefinementOptions.Default, refiner.Options);
    }

    private static byte[] RefineRow(GuidedMaskRefiner refiner, float[] probabilities, VideoFrame frame, int row)
    {
        var mask = new AlphaMask(frame.Format);
        refiner.Refine(probabilities, Landscape, frame, mask);
        return mask.Luma.AsSpan(row * frame.Width, frame.Width).ToArray();
    }

    /// <summary>A 720p frame with a luma gradient across and down, and the model input converter that has converted it.</summary>
    private static (VideoFrame Frame, ModelInputConverter Converter) GradientFrameConverted()
    {
        VideoFrame frame = ModelInputTests.Uniform(Hd.Width, Hd.Height, 30, 128, 128);
        for (int i = 0; i < frame.Y.Length; i++)
            frame.Y[i] = (byte)((i % 1280) * 7 / 40 + (i / 1280) / 9);
        var converter = new ModelInputConverter(Hd, 256, 144);
        converter.Convert(frame, new float[converter.TensorLength]);
        return (frame, converter);
    }

    private static float[] SoftDisk(double centreX, double centreY, double radius, double ramp)
    {
        var probabilities = new float[Landscape.InputPixels];
        for (int y = 0; y < 144; y++)
        {
            for (int x = 0; x < 256; x++)
            {
                // Model pixel centres, on a grid 5 frame pixels wide.
                double distance = Math.Sqrt(Math.Pow(x + 0.5 - centreX, 2) + Math.Pow(y + 0.5 - centreY, 2));
                double t = Math.Clamp((radius + ramp - distance) / (2 * ramp), 0, 1);
                probabilities[y * 256 + x] = (float)(t * t * (3 - 2 * t));
            }
        }
        return probabilities;
    }

    /// <summary>Pixels between 10 % and 90 % alpha.</summary>
    private static int TransitionWidth(byte[] row, int from, int to) => row[from..to].Count(v => v is > 25 and < 230);

    private static int Crossing(byte[] row, int from, int to)
    {
        for (int x = from; x < to; x++)
            if (row[x] < 128)
                return x;
        return to;
    }
}
