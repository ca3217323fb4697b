// The layer contract (Keras' run_layer_test), run on every layer: the output shape agrees with
// ComputeOutputShape, the trainable-weight count is right, GetConfig recreates an equal layer, one SGD
// step lowers a regression loss, the same seed gives the same weights, and the tape's gradients agree
// with central differences in double precision.
using System.Globalization;
using Dendrite.Autodiff;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class LayerContractTests
{
    private sealed record LayerCase(Func<Layer> Create, int[] InputShape, int TrainableWeights, int NonTrainableWeights = 0, Func<int[], Tensor>? Input = null);

    private static readonly Dictionary<string, LayerCase> s_cases = new()
    {
        ["dense"] = new(() => new Dense(3), [4, 5], 2),
        ["dense_relu_no_bias"] = new(() => new Dense(2, Activation.Relu, useBias: false), [4, 3], 1),
        ["dense_sigmoid"] = new(() => new Dense(4, Activation.Sigmoid), [3, 2], 2),
        ["dense_softmax"] = new(() => new Dense(3, Activation.Softmax), [5, 4], 2),
        ["dense_rank3"] = new(() => new Dense(2, Activation.Relu), [2, 3, 4], 2),
        ["dropout"] = new(() => new Dropout(0.4), [4, 6], 0),
        ["dropout_seeded"] = new(() => new Dropout(0.25, seed: 11), [3, 5], 0),
        ["flatten"] = new(() => new Flatten(), [2, 3, 4], 0),
        ["activation_relu"] = new(() => new ActivationLayer(Activation.Relu), [4, 3], 0),
        ["activation_softmax"] = new(() => new ActivationLayer(Activation.Softmax), [2, 5], 0),
        ["input"] = new(() => new Input(new Shape(5)), [4, 5], 0),
        ["batch_normalization"] = new(() => new BatchNormalization(), [4, 5], 2, 2),
        ["batch_normalization_axis1_no_center"] = new(() => new BatchNormalization(axis: 1, center: false, momentum: 0.9), [3, 4, 2], 1, 2),
        ["layer_normalization"] = new(() => new LayerNormalization(), [4, 5], 2),
        ["layer_normalization_axis1_no_scale"] = new(() => new LayerNormalization(axis: 1, scale: false, epsilon: 0.01), [3, 4, 2], 1),
        ["gaussian_noise"] = new(() => new GaussianNoise(0.1), [4, 5], 0),
        ["gaussian_dropout_seeded"] = new(() => new GaussianDropout(0.3, seed: 3), [4, 5], 0),
        ["alpha_dropout"] = new(() => new AlphaDropout(0.2), [4, 6], 0),
        ["conv2d_same_stride2"] = new(() => new Conv2D(3, 3, strides: 2, padding: Padding.Same, activation: Activation.Tanh), [2, 5, 7, 2], 2),
        ["conv2d_dilated_no_bias"] = new(() => new Conv2D(2, (3, 2), dilationRate: 2, useBias: false), [2, 7, 6, 1], 1),
        ["conv2d_softmax"] = new(() => new Conv2D(2, 2, activation: Activation.Softmax), [2, 4, 3, 2], 2),
        ["conv1d_causal"] = new(() => new Conv1D(3, 3, padding: Padding.Causal, dilationRate: 2), [2, 7, 2], 2),
        ["conv1d_stride2_same"] = new(() => new Conv1D(2, 2, strides: 2, padding: Padding.Same), [2, 7, 3], 2),
        ["conv2d_transpose"] = new(() => new Conv2DTranspose(2, 3, strides: 2, activation: Activation.Sigmoid), [2, 3, 4, 2], 2),
        ["conv2d_transpose_same"] = new(() => new Conv2DTranspose(2, 2, strides: 2, padding: Padding.Same), [2, 3, 3, 1], 2),
        ["max_pooling2d_same"] = new(() => new MaxPooling2D(3, strides: 2, padding: Padding.Same), [2, 7, 5, 2], 0),
        ["average_pooling2d"] = new(() => new AveragePooling2D(), [2, 5, 4, 2], 0),
        ["max_pooling1d"] = new(() => new MaxPooling1D(), [2, 7, 2], 0),
        ["average_pooling1d_same"] = new(() => new AveragePooling1D(3, strides: 2, padding: Padding.Same), [2, 7, 2], 0),
        ["global_average_pooling1d"] = new(() => new GlobalAveragePooling1D(), [2, 5, 3], 0),
        ["global_average_pooling2d_keepdims"] = new(() => new GlobalAveragePooling2D(keepDims: true), [2, 3, 4, 2], 0),
        ["global_max_pooling1d_keepdims"] = new(() => new GlobalMaxPooling1D(keepDims: true), [2, 5, 3], 0),
        ["global_max_pooling2d"] = new(() => new GlobalMaxPooling2D(), [2, 3, 4, 2], 0),
        ["up_sampling2d"] = new(() => new UpSampling2D((2, 3)), [2, 2, 3, 2], 0),
        ["zero_padding2d"] = new(() => new ZeroPadding2D(1, 2, 0, 3), [2, 3, 2, 2], 0),
        ["cropping2d"] = new(() => new Cropping2D(1, 0, 2, 1), [2, 4, 5, 2], 0),
        ["reshape"] = new(() => new Reshape(new Shape(-1, 2)), [3, 2, 3, 2], 0),
        ["permute"] = new(() => new Permute([3, 1, 2]), [2, 3, 4, 2], 0),
        ["repeat_vector"] = new(() => new RepeatVector(3), [2, 4], 0),
        ["simple_rnn"] = new(() => new SimpleRNN(3), [2, 4, 3], 3),
        ["lstm_sequences"] = new(() => new LSTM(2, returnSequences: true), [2, 3, 4], 3),
        ["gru_reset_before_backwards"] = new(() => new GRU(2, resetAfter: false, goBackwards: true), [2, 3, 3], 3),
        ["embedding"] = new(() => new Embedding(6, 3), [2, 4], 1, Input: Indices),
        ["masking"] = new(() => new Masking(), [2, 3, 2], 0),
        ["bidirectional_gru"] = new(() => new Bidirectional(new GRU(2)), [2, 3, 3], 6),
        ["time_distributed_dense"] = new(() => new TimeDistributed(new Dense(2)), [2, 3, 4], 2),
    };

    private static readonly Dictionary<string, Activation> s_activations = new()
    {
        ["linear"] = Activation.Linear,
        ["relu"] = Activation.Relu,
        ["sigmoid"] = Activation.Sigmoid,
        ["softmax"] = Activation.Softmax,
    };

    private static readonly Dictionary<string, Func<Initializer>> s_initializers = new()
    {
        ["glorot_uniform"] = () => new GlorotUniform(),
        ["zeros"] = () => new Zeros(),
        ["ones"] = () => new Ones(),
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_shape_matches_ComputeOutputShape(string name)
    {
        (Layer layer, Tensor x) = Create(name, seed: 1);
        Tensor y = layer.Apply(x);
        Assert.Equal(layer.ComputeOutputShape(x.Shape), y.Shape);
        Assert.Equal(layer.ComputeOutputShape(x.Shape.With(0, -1)), y.Shape.With(0, -1));
        Tensor yTraining = layer.Apply(x, training: true);
        Assert.Equal(y.Shape, yTraining.Shape);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Trainable_weight_count_is_as_declared(string name)
    {
        (Layer layer, Tensor x) = Create(name, seed: 1);
        layer.Apply(x);
        Assert.Equal(s_cases[name].TrainableWeights, layer.TrainableVariables.Count);
        Assert.Equal(s_cases[name].NonTrainableWeights, layer.NonTrainableVariables.Count);
        layer.Trainable = false;
        Assert.Empty(layer.TrainableVariables);
        Assert.Equal(s_cases[name].TrainableWeights + s_cases[name].NonTrainableWeights, layer.NonTrainableVariables.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Config_round_trip_recreates_the_same_layer(string name)
    {
        (Layer layer, _) = Create(name, seed: 1);
        layer.Trainable = false;
        IReadOnlyDictionary<string, object?> config = layer.GetConfig();
        Layer copy = FromConfig(layer.GetType().Name, config);

        Assert.IsType(layer.GetType(), copy);
        Assert.NotEqual(layer.Name, copy.Name);
        Assert.Equal(Normalize(config), Normalize(copy.GetConfig()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_SGD_step_lowers_the_loss(string name)
    {
        (Layer layer, Tensor x) = Create(name, seed: 1);
        Tensor target = new RandomGenerator(2).UniformTensor(layer.Apply(x).Shape);
        if (layer.TrainableVariables.Count == 0)
        {
            Assert.Equal(0, s_cases[name].TrainableWeights);
            return;
        }

        var loss = new MeanSquaredError();
        IReadOnlyList<Variable> variables = layer.TrainableVariables;
        Tensor[] gradients;
        double before;
        using (var tape = new GradientTape())
        {
            foreach (Variable v in variables)
            {
                tape.Watch(v.Value);
            }

            Tensor l = loss.Compute(target, layer.Call(x, training: true));
            before = l.ToScalar();
            gradients = tape.Gradient(l, variables.Select(v => v.Value).ToList());
        }

        new SGD(learningRate: 0.05).Apply(variables, gradients);
        double after = loss.Compute(target, layer.Call(x, training: true)).ToScalar();
        Assert.True(after < before, $"{name}: loss {before} → {after} after one SGD step");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Same_seed_gives_same_weights_and_outputs(string name)
    {
        (Layer a, Tensor x) = Create(name, seed: 42);
        (Layer b, _) = Create(name, seed: 42);
        (Layer c, _) = Create(name, seed: 43);
        Tensor ya = a.Apply(x, training: true);
        Tensor yb = b.Apply(x, training: true);
        Tensor yc = c.Apply(x, training: true);

        Assert.Equal(a.Weights.Count, b.Weights.Count);
        for (int i = 0; i < a.Weights.Count; i++)
        {
            Assert.Equal(a.Weights[i].Value.ToArray(), b.Weights[i].Value.ToArray());
        }

        Assert.Equal(ya.ToArray(), yb.ToArray());
        bool random = a.Weights.Any(w => w.Name.EndsWith("/kernel", StringComparison.Ordinal)) || a is Dropout { Seed: null } or GaussianNoise { Seed: null } or AlphaDropout { Seed: null };
        if (random)
        {
            Assert.NotEqual(ya.ToArray(), yc.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gradients_match_central_differences_in_double_precision(string name)
    {
        (Layer layer, Tensor x) = Create(name, seed: 1);
        layer.Apply(x);
        GradientCheckResult result = GradientCheck.Check(t => layer.Call(t, training: false), x, layer.TrainableVariables);
        Assert.True(result.Passed, $"{name}: {result}");
        int expected = x.Size + layer.TrainableVariables.Sum(v => v.Shape.Size);
        Assert.Equal(expected, result.Count);
    }

    private static (Layer Layer, Tensor X) Create(string name, int seed)
    {
        LayerCase c = s_cases[name];
        Layer layer = c.Create();
        layer.Random = new RandomGenerator(seed);
        return (layer, c.Input?.Invoke(c.InputShape) ?? TestData.Normal(100, c.InputShape));
    }

    /// <summary>Integer indices in [0, 6) for the Embedding case.</summary>
    private static Tensor Indices(int[] shape)
    {
        var random = new RandomGenerator(100);
        Tensor x = Tensor.Zeros(new Shape(shape));
        for (int i = 0; i < x.Size; i++)
        {
            x.SetFlat(i, random.NextInt(6));
        }

        return x;
    }

    /// <summary>The test's layer factory: recreates a layer from its class name and config.</summary>
    private static Layer FromConfig(string className, IReadOnlyDictionary<string, object?> config)
    {
        Layer layer = className switch
        {
            nameof(Dense) => new Dense(
                (int)config["units"]!,
                s_activations[(string)config["activation"]!],
                (bool)config["use_bias"]!,
                s_initializers[(string)config["kernel_initializer"]!](),
                s_initializers[(string)config["bias_initializer"]!]()),
            nameof(Dropout) => new Dropout((double)config["rate"]!, (int?)config["seed"]),
            nameof(Flatten) => new Flatten(),
            nameof(ActivationLayer) => new ActivationLayer(s_activations[(string)config["activation"]!]),
            nameof(Input) => new Input(new Shape((int[])config["shape"]!)),
            nameof(BatchNormalization) => new BatchNormalization(
                (int)config["axis"]!,
                (double)config["momentum"]!,
                (double)config["epsilon"]!,
                (bool)config["center"]!,
                (bool)config["scale"]!,
                s_initializers[(string)config["beta_initializer"]!](),
                s_initializers[(string)config["gamma_initializer"]!](),
                s_initializers[(string)config["moving_mean_initializer"]!](),
                s_initializers[(string)config["moving_variance_initializer"]!]()),
            nameof(LayerNormalization) => new LayerNormalization(
                (int)config["axis"]!,
                (double)config["epsilon"]!,
                (bool)config["center"]!,
                (bool)config["scale"]!,
                s_initializers[(string)config["beta_initializer"]!](),
                s_initializers[(string)config["gamma_initializer"]!]()),
            nameof(GaussianNoise) => new GaussianNoise((double)config["stddev"]!, (int?)config["seed"]),
            nameof(GaussianDropout) => new GaussianDropout((double)config["rate"]!, (int?)config["seed"]),
            nameof(AlphaDropout) => new AlphaDropout((double)config["rate"]!, (int?)config["seed"]),
            _ => LayerRegistry.FromConfig(className, config.Where(kv => kv.Key != "name").ToDictionary()),
        };
        layer.Trainable = (bool)config["trainable"]!;
        return layer;
    }

    private static SortedDictionary<string, string> Normalize(IReadOnlyDictionary<string, object?> config)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in config)
        {
            if (key != "name")
            {
                result[key] = value switch
                {
                    int[] dims => string.Join(",", dims),
                    int[][] pairs => string.Join(";", pairs.Select(p => string.Join(",", p))),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
                };
            }
        }

        return result;
    }
}
