using Fakecam.Daemon.Compositing;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Kernels;
using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Refinement;
using Fakecam.Daemon.Tests.Kernels;

namespace Fakecam.Daemon.Tests.Compositing;

/// <summary>The pipeline renders and composes a frame in bands of rows; that must give what the whole frame at once gives.</summary>
public class BandedCompositionTests
{
    private static readonly ModelDescriptor Model = new("landscape", "unused.onnx", 256, 144);

    public static TheoryData<int, int, int> Bands => new()
    {
        { 1280, 720, 16 }, { 641, 361, 16 }, { 640, 362, 6 }, { 96, 65, 64 }, { 96, 64, 2 },
    };

    [Theory]
    [MemberData(nameof(Bands))]
    public void Rendering_in_bands_gives_the_whole_mask(int width, int height, int bandRows)
    {
        using VideoFrame frame = Scene(width, height);
        (AlphaMask whole, _) = RefineWhole(frame);
        var refiner = new GuidedMaskRefiner();
        refiner.Fit(Probabilities(), Model, frame, coarse: null);
        var band = new AlphaMask(frame.Format, bandRows);
        for (int firstRow = 0; firstRow < height; firstRow += bandRows)
        {
            refiner.Render(frame, band, firstRow);
            for (int y = firstRow; y < firstRow + band.RowCount; y++)
                Assert.True(whole.LumaRow(y).SequenceEqual(band.LumaRow(y)), $"luma row {y}");
            for (int cy = band.FirstChromaRow; cy < band.FirstChromaRow + band.ChromaRowCount; cy++)
                Assert.True(whole.ChromaRow(cy).SequenceEqual(band.ChromaRow(cy)), $"chroma row {cy}");
        }
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public void Composing_in_bands_gives_the_whole_frame(int width, int height, int bandRows)
    {
        using VideoFrame frame = Scene(width, height);
        (AlphaMask whole, CoarseFrame coarse) = RefineWhole(frame);
        var refiner = new GuidedMaskRefiner();
        refiner.Fit(Probabilities(), Model, frame, coarse: null);
        foreach (Func<ICompositor> create in new Func<ICompositor>[]
        {
            () => new BlurCompositor(0.6),
            () => new ColorCompositor(YuvColor.Parse("#2050c0")),
            () => new ImageCompositor(ModelInputTests.Uniform(33, 20, 70, 90, 160)),
        })
        {
            using VideoFrame expected = Copy(frame);
            using (ICompositor compositor = create())
                compositor.Compose(expected, whole, coarse);

            using VideoFrame banded = Copy(frame);
            using ICompositor bandCompositor = create();
            bandCompositor.Prepare(banded, coarse);
            var band = new AlphaMask(frame.Format, bandRows);
            for (int firstRow = 0; firstRow < height; firstRow += bandRows)
            {
                refiner.Render(frame, band, firstRow);
                bandCompositor.ComposeRows(banded, band);
            }
            Assert.True(expected.Packed.SequenceEqual(banded.Packed), bandCompositor.GetType().Name);
            Assert.False(expected.Packed.SequenceEqual(frame.Packed), $"{bandCompositor.GetType().Name} changed nothing");
        }
    }

    [Fact]
    public void A_band_has_an_even_number_of_rows_and_starts_on_an_even_row()
    {
        var format = new FrameFormat(64, 41, 30, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlphaMask(format, 7));
        Assert.Equal(41, new AlphaMask(format, 41).Rows);
        Assert.Equal(41, new AlphaMask(format, 100).Rows);
        var band = new AlphaMask(format, 16);
        Assert.Throws<ArgumentOutOfRangeException>(() => band.FirstRow = 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => band.FirstRow = 42);
        band.FirstRow = 32;
        Assert.Equal((9, 16, 5), (band.RowCount, band.FirstChromaRow, band.ChromaRowCount));
    }

    [Fact]
    public void Composing_a_whole_frame_needs_a_whole_frame_mask()
    {
        using VideoFrame frame = Scene(64, 64);
        var band = new AlphaMask(frame.Format, 16);
        Assert.Throws<ArgumentException>(() => new ColorCompositor(YuvColor.Parse("#000000")).Compose(frame, band, new CoarseFrame(256, 144)));
    }

    /// <summary>A bright disk (the person) on a textured background, with colour.</summary>
    private static VideoFrame Scene(int width, int height)
    {
        VideoFrame frame = ModelInputTests.Uniform(width, height, 40, 110, 150);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                frame.Y[y * width + x] = Math.Pow(x - width / 2.0, 2) + Math.Pow(y - height / 2.0, 2) < Math.Pow(height / 3.0, 2)
                    ? (byte)210 : (byte)(30 + (x * 7 + y * 3) % 50);
        return frame;
    }

    /// <summary>A soft disk where the person is, a third of the frame height across.</summary>
    private static float[] Probabilities()
    {
        var probabilities = new float[Model.InputPixels];
        for (int y = 0; y < 144; y++)
            for (int x = 0; x < 256; x++)
            {
                double distance = Math.Sqrt(Math.Pow((x + 0.5) / 256 - 0.5, 2) * 16 / 9 * 16 / 9 + Math.Pow((y + 0.5) / 144 - 0.5, 2));
                probabilities[y * 256 + x] = (float)Math.Clamp((0.35 - distance) * 20, 0, 1);
            }
        return probabilities;
    }

    private static (AlphaMask Mask, CoarseFrame Coarse) RefineWhole(VideoFrame frame)
    {
        var converter = new ModelInputConverter(frame.Format, Model.InputWidth, Model.InputHeight);
        converter.Convert(frame, new float[converter.TensorLength]);
        var mask = new AlphaMask(frame.Format);
        new GuidedMaskRefiner().Refine(Probabilities(), Model, frame, mask, converter.Coarse);
        return (mask, converter.Coarse);
    }

    private static VideoFrame Copy(VideoFrame frame)
    {
        VideoFrame copy = VideoFrame.Allocate(frame.Format);
        frame.CopyTo(copy);
        return copy;
    }
}
