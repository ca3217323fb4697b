// Small seeded models, one or a few per converted layer type, shared by the round-trip tests and the Node
// checks; biases start from a random normal so a wrong bias layout cannot hide behind zeros. Models that
// start with an Embedding read integer indices with trailing zeros (padding), so masks are exercised.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Models.Interop;

internal static class TfjsLayerCases
{
    private static RandomNormal Bias(int seed) => new(stddev: 0.3, seed: seed);

    public static readonly Dictionary<string, Func<Model>> All = new()
    {
        ["conv1d"] = () => new Sequential([new Input(new Shape(10, 3)), new Conv1D(4, 3, padding: Padding.Same, dilationRate: 2, activation: Activation.Relu, biasInitializer: Bias(1)), new Conv1D(2, 2, strides: 2, padding: Padding.Same, biasInitializer: Bias(2))], seed: 1),
        ["conv2d"] = () => new Sequential([new Input(new Shape(7, 6, 2)), new Conv2D(3, (3, 2), strides: (2, 1), padding: Padding.Same, activation: Activation.Tanh, biasInitializer: Bias(3)), new Conv2D(2, 2, dilationRate: 2, biasInitializer: Bias(4))], seed: 2),
        ["conv2d_transpose"] = () => new Sequential([new Input(new Shape(4, 5, 2)), new Conv2DTranspose(3, 3, strides: 2, padding: Padding.Same, biasInitializer: Bias(5)), new Conv2DTranspose(2, (2, 3), activation: Activation.Sigmoid, biasInitializer: Bias(6))], seed: 3),
        ["pooling1d"] = () => new Sequential([new Input(new Shape(9, 3)), new MaxPooling1D(3, strides: 2, padding: Padding.Same), new AveragePooling1D(2, padding: Padding.Same), new GlobalMaxPooling1D()], seed: 4),
        ["pooling1d_average"] = () => new Sequential([new Input(new Shape(9, 3)), new AveragePooling1D(3, strides: 1), new MaxPooling1D(), new GlobalAveragePooling1D()], seed: 5),
        ["pooling2d"] = () => new Sequential([new Input(new Shape(7, 7, 2)), new MaxPooling2D((3, 2), padding: Padding.Same), new AveragePooling2D(2, strides: 1, padding: Padding.Same), new GlobalAveragePooling2D()], seed: 6),
        ["pooling2d_max"] = () => new Sequential([new Input(new Shape(6, 6, 2)), new AveragePooling2D(), new GlobalMaxPooling2D()], seed: 7),
        ["reshaping2d"] = () => new Sequential([new Input(new Shape(4, 3, 2)), new ZeroPadding2D(1, 2, 0, 3), new UpSampling2D((2, 3)), new Cropping2D(2, 1, 3, 4), new Reshape(new Shape(-1, 2))], seed: 8),
        ["permute_repeat"] = () => new Sequential([new Input(new Shape(3, 4)), new Permute([2, 1]), new Flatten(), new Dense(5, biasInitializer: Bias(9)), new RepeatVector(3), new Reshape(new Shape(5, 3))], seed: 9),
        ["embedding_lstm"] = () => new Sequential([new Input(new Shape(7)), new Embedding(12, 5, maskZero: true), new LSTM(6, biasInitializer: Bias(10), unitForgetBias: false)], seed: 10),
        ["simple_rnn"] = () => new Sequential([new Input(new Shape(6, 3)), new Masking(0.5), new SimpleRNN(4, Activation.Relu, biasInitializer: Bias(11), returnSequences: true, goBackwards: true), new SimpleRNN(3, useBias: false)], seed: 11),
        ["gru"] = () => new Sequential([new Input(new Shape(6, 3)), new GRU(5, biasInitializer: Bias(12), resetAfter: false, returnSequences: true), new GRU(4, recurrentActivation: Activation.Tanh, biasInitializer: Bias(13), resetAfter: false, goBackwards: true)], seed: 12),
        ["bidirectional"] = () => new Sequential([new Input(new Shape(7)), new Embedding(9, 4, maskZero: true), new Bidirectional(new LSTM(3, biasInitializer: Bias(14), returnSequences: true)), new Bidirectional(new GRU(3, biasInitializer: Bias(15), resetAfter: false), BidirectionalMerge.Ave)], seed: 13),
        ["bidirectional_sum_mul"] = () => new Sequential([new Input(new Shape(5, 2)), new Bidirectional(new SimpleRNN(3, returnSequences: true), BidirectionalMerge.Mul), new Bidirectional(new LSTM(2), BidirectionalMerge.Sum)], seed: 14),
        ["time_distributed"] = () => new Sequential([new Input(new Shape(5, 4)), new TimeDistributed(new Dense(3, Activation.Tanh, biasInitializer: Bias(16))), new TimeDistributed(new Dropout(0.2)), new LSTM(2)], seed: 15),
        ["normalization"] = () => new Sequential([new Input(new Shape(3, 4)), new Flatten(), new Dense(6, Activation.Relu, biasInitializer: Bias(17)), new BatchNormalization(), new Dropout(0.1), new LayerNormalization(), new ActivationLayer(new LeakyRelu(0.2))], seed: 17),
        ["merging"] = Merging,
        ["noise"] = () => new Sequential([new Input(new Shape(4)), new GaussianNoise(0.3), new GaussianDropout(0.2), new AlphaDropout(0.1), new Dense(2)], seed: 16),
    };

    private static Model Merging()
    {
        var a = new Input(new Shape(4));
        var b = new Input(new Shape(4));
        SymbolicTensor ha = new Dense(3, biasInitializer: Bias(18)).Apply(a);
        SymbolicTensor hb = new Dense(3, Activation.Tanh).Apply(b);
        SymbolicTensor joined = new Concatenate().Apply([new Add().Apply([ha, hb]), new Multiply().Apply([ha, hb]), new Average().Apply([ha, hb]), new Maximum().Apply([ha, hb])]);
        return new Model([a, b], [joined, new Dense(1).Apply(joined)], seed: 18);
    }

    /// <summary>One batch of rows for each input: uniform values, or for an Embedding model indices padded with trailing zeros.</summary>
    public static List<Tensor> Inputs(Model model, ulong seed, int rows = 64)
    {
        if (model.Layers.FirstOrDefault(l => l is not Input) is Embedding embedding)
        {
            int steps = model.InputShapes[0][1];
            var random = new RandomGenerator(seed);
            var values = new float[rows * steps];
            for (int r = 0; r < rows; r++)
            {
                int length = 1 + (int)(random.NextDouble() * steps);
                for (int t = 0; t < length; t++)
                {
                    values[(r * steps) + t] = 1 + (int)(random.NextDouble() * (embedding.InputDim - 1));
                }
            }

            return [new Tensor(values, new Shape(rows, steps))];
        }

        return [.. model.InputShapes.Select((s, i) => TfjsTestData.Uniform(s.With(0, rows), seed + (ulong)i))];
    }
}
