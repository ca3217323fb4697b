// LayerRegistry: every built-in layer is recreated from its Keras class name and config (also after the
// JSON round trip of config.json), keeping every non-default setting (activations, initializers, regularizers,
// constraints, axes, rates, seeds) and Trainable, and behaving identically (same weights, same outputs).
using Dendrite.Models.Saving;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class LayerRegistryTests
{
    private static readonly Dictionary<string, Func<Layer>> s_layers = new()
    {
        ["input"] = () => new Input(new Shape(4, 2)),
        ["dense"] = () => new Dense(3),
        ["dense_custom"] = () => new Dense(5, new LeakyRelu(0.05), useBias: false, kernelInitializer: new RandomUniform(-0.2, 0.3, seed: 8), biasInitializer: new Constant(0.5)),
        ["dropout"] = () => new Dropout(0.5),
        ["dropout_seeded"] = () => new Dropout(0.2, seed: 12),
        ["flatten"] = () => new Flatten(),
        ["activation"] = () => new ActivationLayer(new Elu(alpha: 0.5)),
        ["activation_softmax"] = () => new ActivationLayer(Activation.Softmax),
        ["dense_regularized"] = () => new Dense(4, kernelRegularizer: new L1L2(0.01, 0.02), biasRegularizer: new L2(0.3), activityRegularizer: new L1(0.05), kernelConstraint: new MaxNorm(1.5), biasConstraint: new NonNeg()),
        ["batch_normalization"] = () => new BatchNormalization(),
        ["batch_normalization_custom"] = () => new BatchNormalization(
            axis: 1, momentum: 0.9, epsilon: 1e-4, center: false, scale: true, betaInitializer: new Constant(0.1), gammaInitializer: new RandomNormal(1.0, 0.1, seed: 3),
            movingMeanInitializer: new Constant(0.2), movingVarianceInitializer: new Constant(2.0), betaRegularizer: new L1(0.1), gammaRegularizer: new L2(0.2),
            betaConstraint: new UnitNorm(), gammaConstraint: new MinMaxNorm(0.5, 2.0, rate: 0.5)),
        ["layer_normalization"] = () => new LayerNormalization(),
        ["layer_normalization_custom"] = () => new LayerNormalization(
            axis: -1, epsilon: 1e-5, center: true, scale: false, betaInitializer: new Constant(0.3), gammaInitializer: new Ones(),
            betaRegularizer: new L2(0.4), gammaRegularizer: new L1L2(0.1, 0.1), betaConstraint: new MaxNorm(3.0), gammaConstraint: new NonNeg()),
        ["gaussian_noise"] = () => new GaussianNoise(0.2),
        ["gaussian_noise_seeded"] = () => new GaussianNoise(0.3, seed: 5),
        ["gaussian_dropout"] = () => new GaussianDropout(0.4, seed: 6),
        ["alpha_dropout"] = () => new AlphaDropout(0.1, seed: 7),
        ["alpha_dropout_unseeded"] = () => new AlphaDropout(0.25),
        ["add"] = () => new Add(),
        ["subtract"] = () => new Subtract(),
        ["multiply"] = () => new Multiply(),
        ["average"] = () => new Average(),
        ["maximum"] = () => new Maximum(),
        ["concatenate"] = () => new Concatenate(),
        ["concatenate_axis"] = () => new Concatenate(axis: 1, name: "joined"),
        ["conv1d"] = () => new Conv1D(2, 2, padding: Padding.Causal, activation: Activation.Relu, kernelRegularizer: new L2(0.1)),
        ["conv2d"] = () => new Conv2D(3, (2, 3), padding: Padding.Same, useBias: false, kernelConstraint: new MaxNorm(2)),
        ["conv2d_transpose"] = () => new Conv2DTranspose(2, 2, strides: 2, biasInitializer: new Constant(0.1)),
        ["max_pooling1d"] = () => new MaxPooling1D(3, strides: 1),
        ["average_pooling1d"] = () => new AveragePooling1D(padding: Padding.Same),
        ["max_pooling2d"] = () => new MaxPooling2D(padding: Padding.Same),
        ["average_pooling2d"] = () => new AveragePooling2D((1, 2), strides: 1),
        ["global_average_pooling1d"] = () => new GlobalAveragePooling1D(),
        ["global_max_pooling1d"] = () => new GlobalMaxPooling1D(keepDims: true),
        ["global_average_pooling2d"] = () => new GlobalAveragePooling2D(keepDims: true),
        ["global_max_pooling2d"] = () => new GlobalMaxPooling2D(),
        ["up_sampling2d"] = () => new UpSampling2D((3, 1)),
        ["zero_padding2d"] = () => new ZeroPadding2D(0, 1, 2, 3),
        ["cropping2d"] = () => new Cropping2D(0, 1, 1, 0),
        ["reshape"] = () => new Reshape(new Shape(-1, 1)),
        ["permute"] = () => new Permute([2, 1]),
        ["repeat_vector"] = () => new RepeatVector(2),
        ["embedding"] = () => new Embedding(5, 2, new RandomNormal(0, 0.1, seed: 4), maskZero: true),
        ["masking"] = () => new Masking(maskValue: -1),
        ["simple_rnn"] = () => new SimpleRNN(2, Activation.Relu, useBias: false, returnSequences: true),
        ["lstm"] = () => new LSTM(3, recurrentActivation: Activation.Tanh, unitForgetBias: false, biasInitializer: new Constant(0.2), returnState: true, goBackwards: true),
        ["gru"] = () => new GRU(2, resetAfter: false, kernelInitializer: new GlorotNormal(seed: 2), recurrentInitializer: new Orthogonal(gain: 0.5)),
        ["bidirectional"] = () => new Bidirectional(new GRU(2, returnSequences: true), BidirectionalMerge.Mul),
        ["time_distributed"] = () => new TimeDistributed(new Dense(2, Activation.Relu)),
    };

    public static TheoryData<string> Cases => [.. s_layers.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layer_is_recreated_from_its_class_name_and_config(string name)
    {
        Layer layer = s_layers[name]();
        layer.Trainable = false;
        var config = ConfigValues.FromJson(ConfigValues.ToJson(layer.GetConfig(), name));
        Layer copy = LayerRegistry.FromConfig(LayerRegistry.ClassName(layer), config);
        Assert.IsType(layer.GetType(), copy);
        Assert.Equal(layer.Name, copy.Name);
        Assert.False(copy.Trainable);
        Assert.True(ConfigReader.ConfigEquals(layer.GetConfig(), copy.GetConfig()), $"{name}: configs differ");
        if (layer is not Input)
        {
            Assert.Equal(Output(layer), Output(copy));
            Assert.Equal(layer.Weights.Select(w => w.Value.ToArray()), copy.Weights.Select(w => w.Value.ToArray()));
        }
    }

    [Fact]
    public void Every_built_in_class_has_a_case()
    {
        var covered = s_layers.Values.Select(create => LayerRegistry.ClassName(create())).ToHashSet();
        string[] missing = [.. LayerRegistry.Names.Where(n => n != "TestScale" && !covered.Contains(n))];
        Assert.True(missing.Length == 0, $"no round-trip case for: {string.Join(", ", missing)}");
    }

    /// <summary>Two training-mode calls on fixed inputs (so noise, dropout masks and moving statistics all take part).</summary>
    private static float[][] Output(Layer layer)
    {
        Tensor a = new([0.5f, -1.0f, 2.0f, 0.25f, -0.75f, 1.5f, 0.1f, 0.9f, -0.3f, 1.1f, -2.0f, 0.4f], new Shape(4, 3));
        Tensor b = new([1.5f, 0.0f, -0.5f, 0.7f, 0.2f, -1.25f, 0.6f, -0.1f, 0.8f, -0.9f, 0.3f, 1.4f], new Shape(4, 3));
        Tensor input = layer switch
        {
            Embedding => new([1f, 0, 4, 2, 3, 3, 0, 1, 2, 4, 1, 1], new Shape(4, 3)),
            Recurrent or Bidirectional or TimeDistributed or Masking => a.View(new Shape(4, 3, 1)), // (batch, steps, features)
            _ => Shaped(layer, a),
        };
        return [.. Enumerable.Range(0, 2).Select(_ => (layer is Merge merge ? merge.Call([a, b], training: true) : layer.Apply(input, training: true)).ToArray())];
    }

    /// <summary>The 12 input values as sequences (1, 4, 3) or images (1, 2, 3, 2) for the layers that need them.</summary>
    private static Tensor Shaped(Layer layer, Tensor a) => layer switch
    {
        Conv1D or MaxPooling1D or AveragePooling1D or GlobalAveragePooling1D or GlobalMaxPooling1D or Permute => a.View(new Shape(1, 4, 3)),
        BaseConv or BasePooling or BaseGlobalPooling or UpSampling2D or ZeroPadding2D or Cropping2D => a.View(new Shape(1, 2, 3, 2)),
        _ => a,
    };

    [Fact]
    public void Keras_class_names_are_used()
    {
        Assert.Equal("InputLayer", LayerRegistry.ClassName(new Input(new Shape(2))));
        Assert.Equal("Activation", LayerRegistry.ClassName(new ActivationLayer(Activation.Relu)));
        Assert.Equal("Dense", LayerRegistry.ClassName(new Dense(1)));
        Assert.Equal(["Activation", "Dense", "Dropout", "Flatten", "InputLayer"], LayerRegistry.Names.Where(n => n is "Activation" or "Dense" or "Dropout" or "Flatten" or "InputLayer"));
    }

    [Fact]
    public void Unknown_classes_and_settings_fail_with_clear_messages()
    {
        var unknown = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("Conv7D", new Dictionary<string, object?>()));
        Assert.Contains("Unknown layer class 'Conv7D'. Known: ", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Dense", unknown.Message, StringComparison.Ordinal);

        var setting = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("Dense", new Dictionary<string, object?> { ["units"] = 3, ["kernel_size"] = 2 }));
        Assert.Contains("unknown setting 'kernel_size'", setting.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("Dense", new Dictionary<string, object?> { ["name"] = "d" }));
        Assert.Contains("needs the setting 'units'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_layers_can_be_registered()
    {
        LayerRegistry.Register("TestScale", config => new Flatten((string?)config["name"]));
        Layer layer = LayerRegistry.FromConfig("TestScale", new Dictionary<string, object?> { ["name"] = "scaled", ["trainable"] = false });
        Assert.Equal("scaled", layer.Name);
        Assert.False(layer.Trainable);
    }
}
