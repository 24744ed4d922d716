using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Segmentation;
using Fakecam.Daemon.Tests.Interop.OnnxRuntime;
using Fakecam.Daemon.Tests.Kernels;

namespace Fakecam.Daemon.Tests.Segmentation;

public class OnnxSegmenterTests
{
    public OnnxSegmenterTests() => OnnxRuntimeRequirement.EnsureLoaded();

    public static TheoryData<string> Models => new() { "landscape", "general" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_model_pixel_gets_a_probability_and_the_person_is_found(string name)
    {
        ModelDescriptor model = ModelFiles.Descriptor(name);
        using var segmenter = new OnnxSegmenter(model);
        float[] input = ModelFiles.Astronaut(name);
        var probabilities = new float[model.InputPixels];
        Array.Fill(probabilities, float.NaN);

        segmenter.Segment(input, probabilities);

        Assert.All(probabilities, p => Assert.InRange(p, 0f, 1f));
        float personShare = probabilities.Count(p => p > 0.5f) / (float)probabilities.Length;
        Assert.InRange(personShare, 0.1f, 0.9f);
    }

    [Fact]
    public void Noise_holds_no_person()
    {
        ModelDescriptor model = ModelFiles.Landscape;
        using var segmenter = new OnnxSegmenter(model);
        var probabilities = new float[model.InputPixels];

        segmenter.Segment(NoiseImage(model, seed: 7), probabilities);

        Assert.True(probabilities.Count(p => p > 0.5f) < probabilities.Length / 100, "a person was seen in noise");
    }

    [Fact]
    public void The_general_model_is_square_and_the_landscape_model_is_wide()
    {
        using var general = new OnnxSegmenter(ModelFiles.General);
        using var landscape = new OnnxSegmenter(ModelFiles.Landscape);

        Assert.Equal((256, 256), (general.Model.InputWidth, general.Model.InputHeight));
        Assert.Equal((256, 144), (landscape.Model.InputWidth, landscape.Model.InputHeight));
    }

    [Fact]
    public void Segment_allocates_nothing_once_warm()
    {
        ModelDescriptor model = ModelFiles.Landscape;
        using var segmenter = new OnnxSegmenter(model);
        float[] input = ModelFiles.Astronaut("landscape");
        var probabilities = new float[model.InputPixels];

        SteadyState.AssertAllocationFree(() => segmenter.Segment(input, probabilities));
    }

    [Fact]
    public void A_logit_model_gets_a_sigmoid()
    {
        ModelDescriptor probabilityModel = ModelFiles.Landscape;
        ModelDescriptor logitModel = probabilityModel with { OutputKind = MaskOutputKind.Logit };
        float[] input = ModelFiles.Astronaut("landscape");
        var probabilities = new float[probabilityModel.InputPixels];
        var squashed = new float[probabilityModel.InputPixels];
        using (var segmenter = new OnnxSegmenter(probabilityModel))
            segmenter.Segment(input, probabilities);

        using (var segmenter = new OnnxSegmenter(logitModel))
            segmenter.Segment(input, squashed);

        for (int i = 0; i < probabilities.Length; i++)
            Assert.Equal(1f / (1f + MathF.Exp(-probabilities[i])), squashed[i], 1e-6f);
    }

    [Fact]
    public void Input_buffers_are_read_where_they_are_and_give_what_a_copied_input_gives()
    {
        ModelDescriptor model = ModelFiles.Landscape;
        using var segmenter = new OnnxSegmenter(model);
        float[] person = ModelFiles.Astronaut("landscape");
        float[] noise = NoiseImage(model, seed: 3);
        var expectedPerson = new float[model.InputPixels];
        var expectedNoise = new float[model.InputPixels];
        segmenter.Segment(person, expectedPerson);
        segmenter.Segment(noise, expectedNoise);
        float[] first = segmenter.CreateInputBuffer();
        float[] second = segmenter.CreateInputBuffer();
        var probabilities = new float[model.InputPixels];

        person.CopyTo(first);
        noise.CopyTo(second);
        segmenter.Segment(first, probabilities);
        Assert.Equal(expectedPerson, probabilities);
        segmenter.Segment(second, probabilities);
        Assert.Equal(expectedNoise, probabilities);

        noise.CopyTo(first);
        segmenter.Segment(first, probabilities);
        Assert.Equal(expectedNoise, probabilities);
        SteadyState.AssertAllocationFree(() => segmenter.Segment(second, probabilities));
    }

    [Fact]
    public void An_input_buffer_still_gets_the_layout_and_range_a_model_wants()
    {
        ModelDescriptor model = ModelFiles.Landscape with { InputMin = -1f, InputColor = ColorOrder.Bgr };
        using var segmenter = new OnnxSegmenter(model);
        float[] person = ModelFiles.Astronaut("landscape");
        var expected = new float[model.InputPixels];
        var actual = new float[model.InputPixels];
        segmenter.Segment(person, expected);

        float[] buffer = segmenter.CreateInputBuffer();
        person.CopyTo(buffer);
        segmenter.Segment(buffer, actual);

        Assert.Equal(expected, actual);
        Assert.NotEqual(expected, WithIdentityInput(person));
    }

    private static float[] WithIdentityInput(float[] input)
    {
        using var segmenter = new OnnxSegmenter(ModelFiles.Landscape);
        var probabilities = new float[ModelFiles.Landscape.InputPixels];
        segmenter.Segment(input, probabilities);
        return probabilities;
    }

    [Fact]
    public void Wrong_buffer_sizes_are_refused()
    {
        ModelDescriptor model = ModelFiles.Landscape;
        using var segmenter = new OnnxSegmenter(model);

        Assert.Throws<ArgumentException>(() => segmenter.Segment(new float[model.InputPixels], new float[model.InputPixels]));
        Assert.Throws<ArgumentException>(() => segmenter.Segment(new float[model.InputPixels * 3], new float[10]));
    }

    [Fact]
    public void A_disposed_segmenter_refuses_to_run()
    {
        ModelDescriptor model = ModelFiles.Landscape;
        var segmenter = new OnnxSegmenter(model);
        segmenter.Dispose();

        Assert.Throws<ObjectDisposedException>(() =>
            segmenter.Segment(new float[model.InputPixels * 3], new float[model.InputPixels]));
        Assert.Throws<ObjectDisposedException>(() => segmenter.CreateInputBuffer());
    }

    [Fact]
    public void A_descriptor_naming_an_input_the_model_lacks_is_refused_with_the_real_names()
    {
        ModelDescriptor model = ModelFiles.Landscape with { InputName = "image" };

        var error = Assert.Throws<InvalidDataException>(() => new OnnxSegmenter(model));

        Assert.Contains("no input named \"image\"", error.Message);
        Assert.Contains("input_1", error.Message);
    }

    [Fact]
    public void A_descriptor_with_the_wrong_input_size_is_refused_with_both_shapes()
    {
        ModelDescriptor model = ModelFiles.Landscape with { InputWidth = 144, InputHeight = 256 };

        var error = Assert.Throws<InvalidDataException>(() => new OnnxSegmenter(model));

        Assert.Contains("[1, 144, 256, 3]", error.Message);
        Assert.Contains("[1, 256, 144, 3]", error.Message);
    }

    [Fact]
    public void A_descriptor_naming_an_output_the_model_lacks_is_refused_with_the_real_names()
    {
        ModelDescriptor model = ModelFiles.Landscape with { OutputName = "mask" };

        var error = Assert.Throws<InvalidDataException>(() => new OnnxSegmenter(model));

        Assert.Contains("no output named \"mask\"", error.Message);
        Assert.Contains(ModelFiles.Landscape.OutputName!, error.Message);
    }

    [Fact]
    public void A_descriptor_without_an_output_name_uses_the_only_output()
    {
        ModelDescriptor named = ModelFiles.Landscape;
        ModelDescriptor unnamed = named with { OutputName = null };
        float[] input = NoiseImage(named, seed: 5);
        var expected = new float[named.InputPixels];
        var actual = new float[named.InputPixels];
        using (var segmenter = new OnnxSegmenter(named))
            segmenter.Segment(input, expected);

        using (var segmenter = new OnnxSegmenter(unnamed))
            segmenter.Segment(input, actual);

        Assert.Equal(expected, actual);
    }

    private static float[] NoiseImage(ModelDescriptor model, int seed)
    {
        var random = new Random(seed);
        var image = new float[model.InputPixels * 3];
        for (int i = 0; i < image.Length; i++)
            image[i] = random.NextSingle();
        return image;
    }
}
