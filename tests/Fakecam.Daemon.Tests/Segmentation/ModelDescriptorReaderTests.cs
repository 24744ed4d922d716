using Fakecam.Daemon.Pipeline;
using Fakecam.Daemon.Segmentation;

namespace Fakecam.Daemon.Tests.Segmentation;

public class ModelDescriptorReaderTests
{
    [Fact]
    public void The_landscape_descriptor_describes_MediaPipe_s_landscape_model()
    {
        ModelDescriptor model = ModelDescriptorReader.Read(Path.Combine(ModelFiles.ModelsDirectory, "landscape.json"));

        Assert.Equal("landscape", model.Name);
        Assert.Equal(Path.Combine(ModelFiles.ModelsDirectory, "selfie_segmentation_landscape.onnx"), model.Path);
        Assert.Equal((256, 144), (model.InputWidth, model.InputHeight));
        Assert.Equal("input_1", model.InputName);
        Assert.Equal(TensorLayout.Nhwc, model.InputLayout);
        Assert.Equal(ColorOrder.Rgb, model.InputColor);
        Assert.Equal((0f, 1f), (model.InputMin, model.InputMax));
        Assert.False(string.IsNullOrEmpty(model.OutputName));
        Assert.Equal(MaskOutputKind.Probability, model.OutputKind);
    }

    [Fact]
    public void Layout_colour_range_and_output_kind_are_read()
    {
        using var models = new DescriptorDirectory();
        string path = models.Write("custom.json", $$$"""
            {"name": "custom", "file": "{{{DescriptorDirectory.ModelFileName}}}",
             "input": {"name": "pixels", "width": 320, "height": 240, "layout": "nchw", "color": "BGR", "range": [-1, 1]},
             "output": {"kind": "logit"}}
            """);

        ModelDescriptor model = ModelDescriptorReader.Read(path);

        Assert.Equal("pixels", model.InputName);
        Assert.Equal((320, 240), (model.InputWidth, model.InputHeight));
        Assert.Equal(TensorLayout.Nchw, model.InputLayout);
        Assert.Equal(ColorOrder.Bgr, model.InputColor);
        Assert.Equal((-1f, 1f), (model.InputMin, model.InputMax));
        Assert.Null(model.OutputName);
        Assert.Equal(MaskOutputKind.Logit, model.OutputKind);
    }

    [Theory]
    [InlineData("""{"file": "model.onnx", "input": {"name": "x", "width": 8, "height": 8}, "output": {}}""", "\"name\" is missing")]
    [InlineData("""{"name": "m", "file": "absent.onnx", "input": {"name": "x", "width": 8, "height": 8}, "output": {}}""", "absent.onnx does not exist")]
    [InlineData("""{"name": "m", "file": "model.onnx", "input": {"name": "x", "width": 0, "height": 8}, "output": {}}""", "input size 0x8")]
    [InlineData("""{"name": "m", "file": "model.onnx", "input": {"name": "x", "width": 8, "height": 8, "layout": "HWC"}, "output": {}}""", "\"HWC\" is neither")]
    [InlineData("""{"name": "m", "file": "model.onnx", "input": {"name": "x", "width": 8, "height": 8, "color": "YUV"}, "output": {}}""", "\"YUV\" is neither")]
    [InlineData("""{"name": "m", "file": "model.onnx", "input": {"name": "x", "width": 8, "height": 8, "range": [1, 0]}, "output": {}}""", "\"range\" must be")]
    [InlineData("""{"name": "m", "file": "model.onnx", "input": {"name": "x", "width": 8, "height": 8}, "output": {"kind": "mask"}}""", "\"mask\" is neither")]
    [InlineData("""{"name": "m", "file": "model.onnx", "input": {"name": "x", "width": 8, "height": 8, "heigth": 8}, "output": {}}""", "heigth")]
    [InlineData("""{"name": "m", "file": "model.onnx", "input": {"width": 8, "height": 8}, "output": {}}""", "input \"name\" is missing")]
    [InlineData("""{"name": "m", "file": "model.onnx", "input": {"name": "x", "width": 8, "height": 8}}""", "\"output\" is missing")]
    [InlineData("""{"name": "m", "file": "model.onnx", """, "")]
    public void A_bad_descriptor_is_refused_naming_the_file_and_the_fault(string json, string fault)
    {
        using var models = new DescriptorDirectory();
        string path = models.Write("bad.json", json);

        var error = Assert.Throws<InvalidDataException>(() => ModelDescriptorReader.Read(path));

        Assert.StartsWith($"Model descriptor {path}: ", error.Message);
        Assert.Contains(fault, error.Message);
    }
}
