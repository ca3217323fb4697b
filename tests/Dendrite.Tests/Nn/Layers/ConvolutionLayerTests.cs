// The convolution and pooling layers: output shapes as Keras computes them ('same' with stride 2 on odd
// sizes, dilation, causal, transposed), parameter counts and Summary against Keras' published "Simple MNIST
// convnet" example (keras.io/examples/vision/mnist_convnet: 320, 18,496, 16,010 params, 34,826 total),
// Keras' published pooling values (the AveragePooling1D / MaxPooling1D docstrings), rank errors naming the
// layout, and config.json round trips through the registry.
using Dendrite.Models;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class ConvolutionLayerTests
{
    [Theory]
    [InlineData(7, 3, 2, Padding.Same, 1, 4)]   // ⌈7 / 2⌉
    [InlineData(7, 3, 2, Padding.Valid, 1, 3)]  // ⌊(7 − 3) / 2⌋ + 1
    [InlineData(8, 3, 2, Padding.Same, 1, 4)]
    [InlineData(28, 3, 1, Padding.Same, 1, 28)]
    [InlineData(28, 3, 1, Padding.Valid, 1, 26)]
    [InlineData(7, 3, 1, Padding.Valid, 2, 3)]  // dilated kernel 5
    [InlineData(9, 2, 3, Padding.Same, 1, 3)]
    public void Conv2D_output_shapes_follow_keras(int size, int kernel, int stride, Padding padding, int dilation, int expected)
    {
        var conv = new Conv2D(4, kernel, strides: stride, padding: padding, dilationRate: dilation);
        Assert.Equal(new Shape(-1, expected, expected, 4), conv.ComputeOutputShape(new Shape(-1, size, size, 3)));
        Tensor y = conv.Apply(Tensor.Zeros(new Shape(2, size, size, 3)));
        Assert.Equal(new Shape(2, expected, expected, 4), y.Shape);
    }

    [Fact]
    public void Other_layers_output_shapes_follow_keras()
    {
        Assert.Equal(new Shape(-1, 10, 3), new Conv1D(3, 4, padding: Padding.Causal).ComputeOutputShape(new Shape(-1, 10, 2)));
        Assert.Equal(new Shape(-1, 5, 3), new Conv1D(3, 4, strides: 2, padding: Padding.Same).ComputeOutputShape(new Shape(-1, 10, 2)));
        Assert.Equal(new Shape(-1, 11, 11, 2), new Conv2DTranspose(2, 3, strides: 2).ComputeOutputShape(new Shape(-1, 5, 5, 4)));  // 5·2 + max(3 − 2, 0)
        Assert.Equal(new Shape(-1, 10, 10, 2), new Conv2DTranspose(2, 3, strides: 2, padding: Padding.Same).ComputeOutputShape(new Shape(-1, 5, 5, 4)));
        Assert.Equal(new Shape(-1, 7, 7, 2), new Conv2DTranspose(2, 3).ComputeOutputShape(new Shape(-1, 5, 5, 4)));
        Assert.Equal(new Shape(-1, 3, 2, 8), new MaxPooling2D().ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 4, 3, 8), new MaxPooling2D(padding: Padding.Same).ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 3, 2, 8), new AveragePooling2D(3, strides: 2).ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 8), new GlobalMaxPooling2D().ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 1, 8), new GlobalAveragePooling1D(keepDims: true).ComputeOutputShape(new Shape(-1, 7, 8)));
        Assert.Equal(new Shape(-1, 14, 10, 8), new UpSampling2D().ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 9, 7, 8), new ZeroPadding2D().ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 4, 2, 8), new Cropping2D(1, 2, 0, 3).ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 5, 56), new Reshape(new Shape(5, -1)).ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 8, 7, 5), new Permute([3, 1, 2]).ComputeOutputShape(new Shape(-1, 7, 5, 8)));
        Assert.Equal(new Shape(-1, 3, 8), new RepeatVector(3).ComputeOutputShape(new Shape(-1, 8)));
    }

    [Fact]
    public void Summary_and_parameter_counts_match_the_keras_mnist_convnet_example()
    {
        var model = new Sequential(
        [
            new Input([28, 28, 1]),
            new Conv2D(32, 3, activation: Activation.Relu),
            new MaxPooling2D(2),
            new Conv2D(64, 3, activation: Activation.Relu),
            new MaxPooling2D(2),
            new Flatten(),
            new Dropout(0.5),
            new Dense(10, Activation.Softmax),
        ], seed: 1);
        IReadOnlyList<Layer> layers = model.Layers;
        Assert.Equal(320, layers[1].CountParams());        // 3·3·1·32 + 32
        Assert.Equal(18_496, layers[3].CountParams());     // 3·3·32·64 + 64
        Assert.Equal(16_010, layers[7].CountParams());     // 1600·10 + 10
        Assert.Equal(34_826, model.CountParams());
        string summary = model.SummaryText();
        Assert.Contains("(None, 26, 26, 32)", summary);
        Assert.Contains("(None, 13, 13, 32)", summary);
        Assert.Contains("(None, 11, 11, 64)", summary);
        Assert.Contains("(None, 5, 5, 64)", summary);
        Assert.Contains("(None, 1600)", summary);
        Assert.Contains("18,496", summary);
    }

    [Fact]
    public void Pooling_1d_reproduces_the_keras_docstring_examples()
    {
        // keras/src/layers/pooling/{average,max}_pooling1d.py docstrings, x = [1, 2, 3, 4, 5] of shape (1, 5, 1)
        Tensor x = new([1f, 2, 3, 4, 5], new Shape(1, 5, 1));
        Assert.Equal([1.5f, 2.5f, 3.5f, 4.5f], new AveragePooling1D(2, strides: 1).Apply(x).ToArray());
        Assert.Equal([1.5f, 3.5f], new AveragePooling1D(2, strides: 2).Apply(x).ToArray());
        Assert.Equal([1.5f, 2.5f, 3.5f, 4.5f, 5f], new AveragePooling1D(2, strides: 1, padding: Padding.Same).Apply(x).ToArray());
        Assert.Equal([2f, 3, 4, 5], new MaxPooling1D(2, strides: 1).Apply(x).ToArray());
        Assert.Equal([2f, 4], new MaxPooling1D(2, strides: 2).Apply(x).ToArray());
        Assert.Equal([2f, 3, 4, 5, 5], new MaxPooling1D(2, strides: 1, padding: Padding.Same).Apply(x).ToArray());
    }

    [Fact]
    public void Conv1D_causal_output_t_sees_only_inputs_up_to_t()
    {
        // kernel [1, 10] (k = 2, one channel, one filter), causal: y[t] = 1·x[t − 1] + 10·x[t], x[−1] = 0
        var conv = new Conv1D(1, 2, padding: Padding.Causal, useBias: false, kernelInitializer: new Dendrite.Nn.Initializers.Constant(1));
        Tensor x = new([1f, 2, 3], new Shape(1, 3, 1));
        conv.Apply(x);
        conv.Kernel!.Assign(new Tensor([1f, 10], new Shape(2, 1, 1)));
        Assert.Equal([10f, 21, 32], conv.Apply(x).ToArray());
    }

    [Fact]
    public void Shape_layers_move_values_as_keras()
    {
        Tensor x = new([1f, 2, 3, 4, 5, 6], new Shape(1, 2, 3, 1));
        Assert.Equal([0f, 0, 0, 0, 0, 1, 2, 3, 0, 4, 5, 6], new ZeroPadding2D(1, 0, 1, 0).Apply(x).ToArray());
        Assert.Equal([2f, 3], new Cropping2D(0, 1, 1, 0).Apply(x).ToArray());
        Assert.Equal([1f, 4, 2, 5, 3, 6], new Permute([2, 1, 3]).Apply(x).ToArray());
        Assert.Equal(new Shape(1, 3, 2), new Reshape(new Shape(3, 2)).Apply(x).Shape);
        Assert.Equal([1f, 2, 1, 2], new RepeatVector(2).Apply(new Tensor([1f, 2], new Shape(1, 2))).ToArray());
        Assert.Equal([3.5f], new GlobalAveragePooling2D().Apply(x).ToArray());
        Assert.Equal([6f], new GlobalMaxPooling2D().Apply(x).ToArray());
    }

    [Fact]
    public void A_wrong_rank_names_the_layer_and_the_expected_layout()
    {
        var conv = new Conv2D(8, 3, name: "conv2d_rank");
        var e = Assert.Throws<ShapeMismatchException>(() => conv.Apply(Tensor.Zeros(new Shape(32, 784))));
        Assert.Equal("Conv2D 'conv2d_rank' expects input of rank 4 (batch, height, width, channels); received (None, 784).", e.Message);
        var pool = new MaxPooling1D(name: "pool_rank");
        e = Assert.Throws<ShapeMismatchException>(() => pool.Apply(Tensor.Zeros(new Shape(2, 3, 4, 5))));
        Assert.Contains("MaxPooling1D 'pool_rank' expects input of rank 3 (batch, steps, channels)", e.Message);
        var small = new Conv2D(2, 5, name: "conv2d_small");
        e = Assert.Throws<ShapeMismatchException>(() => small.Apply(Tensor.Zeros(new Shape(1, 3, 3, 1))));
        Assert.Contains("is smaller than its window", e.Message);
    }

    [Fact]
    public void Invalid_settings_are_rejected_as_keras_does()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Conv2D(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Conv2D(4, (3, 0)));
        var e = Assert.Throws<ArgumentException>(() => new Conv2D(4, 3, strides: 2, dilationRate: 2));
        Assert.Contains("strides > 1 cannot be combined with dilationRate > 1", e.Message);
        Assert.Throws<ArgumentException>(() => new Conv2D(4, 3, padding: Padding.Causal));
        Assert.Throws<ArgumentException>(() => new MaxPooling2D(padding: Padding.Causal));
        Assert.Throws<ArgumentException>(() => new Permute([1, 3]));
        Assert.Throws<ArgumentException>(() => new Reshape(new Shape(-1, -1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ZeroPadding2D(-1, 0, 0, 0));
    }

    [Theory]
    [InlineData("Conv2D")]
    [InlineData("Conv1D")]
    [InlineData("Conv2DTranspose")]
    [InlineData("MaxPooling2D")]
    [InlineData("AveragePooling1D")]
    [InlineData("GlobalMaxPooling2D")]
    [InlineData("UpSampling2D")]
    [InlineData("ZeroPadding2D")]
    [InlineData("Cropping2D")]
    [InlineData("Reshape")]
    [InlineData("Permute")]
    [InlineData("RepeatVector")]
    public void Config_survives_json_and_the_registry(string className)
    {
        Layer layer = className switch
        {
            "Conv2D" => new Conv2D(4, (3, 2), strides: (2, 1), padding: Padding.Same, activation: Activation.Relu, useBias: false),
            "Conv1D" => new Conv1D(4, 3, padding: Padding.Causal, dilationRate: 2),
            "Conv2DTranspose" => new Conv2DTranspose(4, 3, strides: 2, padding: Padding.Same),
            "MaxPooling2D" => new MaxPooling2D((3, 2), strides: 1, padding: Padding.Same),
            "AveragePooling1D" => new AveragePooling1D(3),
            "GlobalMaxPooling2D" => new GlobalMaxPooling2D(keepDims: true),
            "UpSampling2D" => new UpSampling2D((1, 3)),
            "ZeroPadding2D" => new ZeroPadding2D(1, 2, 3, 4),
            "Cropping2D" => new Cropping2D(4, 3, 2, 1),
            "Reshape" => new Reshape(new Shape(2, -1)),
            "Permute" => new Permute([2, 1]),
            _ => new RepeatVector(5),
        };
        Dictionary<string, object?> json = ConfigJson.RoundTrip(layer.GetConfig());
        Layer copy = LayerRegistry.FromConfig(className, json);
        Assert.IsType(layer.GetType(), copy);
        Assert.Equal(layer.Name, copy.Name);
        Assert.Equal(ConfigJson.RoundTrip(layer.GetConfig()).Select(kv => $"{kv.Key}={Text(kv.Value)}"), ConfigJson.RoundTrip(copy.GetConfig()).Select(kv => $"{kv.Key}={Text(kv.Value)}"));
    }

    [Fact]
    public void The_registry_reads_keras_style_sizes_and_rejects_other_layouts()
    {
        var conv = (Conv2D)LayerRegistry.FromConfig("Conv2D", new Dictionary<string, object?> { ["filters"] = 2, ["kernel_size"] = 3, ["padding"] = "SAME" });
        Assert.Equal(new Size2D(3, 3), conv.KernelSize);
        Assert.Equal(Padding.Same, conv.Padding);
        var pad = (ZeroPadding2D)LayerRegistry.FromConfig("ZeroPadding2D", new Dictionary<string, object?> { ["padding"] = new object?[] { 2, 1 } });
        Assert.Equal((2, 2, 1, 1), (pad.Top, pad.Bottom, pad.Left, pad.Right));
        var e = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("Conv2D", new Dictionary<string, object?> { ["filters"] = 2, ["kernel_size"] = 3, ["data_format"] = "channels_first" }));
        Assert.Contains("must be channels_last", e.Message);
        e = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("MaxPooling2D", new Dictionary<string, object?> { ["padding"] = "causal" }));
        Assert.Contains("must be one of valid, same", e.Message);
        e = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("UpSampling2D", new Dictionary<string, object?> { ["interpolation"] = "bilinear" }));
        Assert.Contains("must be nearest", e.Message);
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        System.Collections.IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Text)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
